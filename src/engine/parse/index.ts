/**
 * The parser: worksheet values → typed Annex A lists with located row problems
 * (inputs.md "Source lists", "Columns", "Heading matching", "Cell values", "Row problems").
 * Pure: no Office.js, no I/O. docs/definitions-parsing.md lists its decisions and messages.
 */
import type { ListRows, ParsedLists } from '../lists';
import type { ListNumber, Problem, SourceSheet } from '../types';
import { LIST_PARSERS } from './lists/parsers';
import { messages } from './messages';
import { readList } from './read-list';
import { matchSheetName } from './sheet-names';
import { repeatedRowsProblem, staleListProblems } from './workbook-checks';

export { checkAgainstPeriod } from './period-checks';

export function parseWorkbook(sheets: readonly SourceSheet[]): ParsedLists {
  const parser = new WorkbookParser();
  for (const sheet of sheets) parser.add(sheet);
  return parser.finish();
}

/**
 * parseWorkbook one sheet at a time: `add` parses a sheet and keeps nothing of its values, so a
 * caller that reads sheets one by one (the command line: one CSV file or worksheet part at a
 * time) holds only one sheet's raw values at once, plus the parsed lists (docs/performance.md
 * "Whole process").
 */
export class WorkbookParser {
  private readonly parsed: ParsedLists = { lists: {}, info: {}, problems: [], ignoredSheets: [] };
  private readonly sheetOfList = new Map<ListNumber, string>();
  /** Every sheet name given, in order (for the message when no list could be read). */
  readonly sheetNames: string[] = [];

  add(sheet: SourceSheet): void {
    this.sheetNames.push(sheet.name);
    const match = matchSheetName(sheet.name);
    if (match.kind !== 'list') {
      this.parsed.ignoredSheets.push(sheet.name);
      return;
    }
    const firstSheet = this.sheetOfList.get(match.list);
    if (firstSheet !== undefined) {
      this.parsed.ignoredSheets.push(sheet.name);
      this.parsed.problems.push(alreadyReadProblem(sheet.name, match.list, firstSheet));
      return;
    }
    this.sheetOfList.set(match.list, sheet.name);
    readInto(this.parsed, match.list, sheet);
  }

  /** The parsed lists, with the checks across lists that need every sheet (once). */
  finish(): ParsedLists {
    if (!this.finished) {
      this.finished = true;
      for (const problem of staleListProblems(this.parsed)) this.parsed.problems.push(problem);
    }
    return this.parsed;
  }

  private finished = false;
}

function readInto<L extends ListNumber>(parsed: ParsedLists, list: L, sheet: SourceSheet): void {
  const parser = LIST_PARSERS[list];
  const result = readList(sheet, parser);
  for (const problem of result.problems) parsed.problems.push(problem);
  if (!result.ok) return;
  if (sheet.hiddenRows === true) parsed.problems.push(hiddenRowsProblem(sheet.name, list));
  const repeated = repeatedRowsProblem(result.rows, parser, result.info);
  if (repeated !== null) parsed.problems.push(repeated);
  (parsed.lists as Record<L, ListRows[L]>)[list] = result.rows as ListRows[L];
  parsed.info[list] = result.info;
  (parsed.birthRanges ??= {})[list] = result.births;
}

function hiddenRowsProblem(sheet: string, list: ListNumber): Problem {
  return { list, sheet, row: null, column: null, columnIndex: null, value: null, message: messages.hiddenRows(sheet, list), severity: 'warning' };
}

function alreadyReadProblem(sheet: string, list: ListNumber, firstSheet: string): Problem {
  return {
    list,
    sheet,
    row: null,
    column: null,
    columnIndex: null,
    value: null,
    message: messages.alreadyRead(sheet, list, firstSheet),
    severity: 'warning',
  };
}

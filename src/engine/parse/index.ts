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
  const parsed: ParsedLists = { lists: {}, info: {}, problems: [], ignoredSheets: [] };
  const sheetOfList = new Map<ListNumber, string>();
  for (const sheet of sheets) {
    const match = matchSheetName(sheet.name);
    if (match.kind !== 'list') {
      parsed.ignoredSheets.push(sheet.name);
      continue;
    }
    const firstSheet = sheetOfList.get(match.list);
    if (firstSheet !== undefined) {
      parsed.ignoredSheets.push(sheet.name);
      parsed.problems.push(alreadyReadProblem(sheet.name, match.list, firstSheet));
      continue;
    }
    sheetOfList.set(match.list, sheet.name);
    readInto(parsed, match.list, sheet);
  }
  for (const problem of staleListProblems(parsed)) parsed.problems.push(problem);
  return parsed;
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

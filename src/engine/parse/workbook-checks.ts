/**
 * Checks over a whole list, once it is read (issue 10, "The quarterly refresh"): blocks of rows
 * repeating earlier rows (repeated-rows.ts), and a list whose dates stop more than a quarter
 * before the other lists' (last quarter's extract left in place). Both only warn: no row is
 * dropped and no figure changes. Messages name sheets and rows, never a child's values.
 */
import type { BaseRow, ListReadInfo, ParsedLists } from '../lists';
import { addMonths, ukFromDay } from '../dates';
import type { Day, ListNumber, Problem } from '../types';
import { LIST_NUMBERS } from '../types';
import { messages } from './messages';
import type { ListParser } from './lists/list-parser';
import { findRepeatedRows } from './repeated-rows';

/** The warning for blocks of repeated rows in one list, or null when it has none. */
export function repeatedRowsProblem<R extends BaseRow>(rows: readonly R[], parser: ListParser<R>, info: ListReadInfo): Problem | null {
  // The key date: the list's main date; List 9 has none but the date of birth.
  const field = (parser.dateFields[0] ?? 'dateOfBirth') as keyof R & string;
  const found = findRepeatedRows(rows, (row) => row[field] as unknown as Day | null);
  if (found === null) return null;
  const idHeading = info.fieldColumns?.childId?.heading ?? 'Child Unique ID';
  const dateHeading = info.fieldColumns?.[field]?.heading ?? field;
  return {
    list: info.list,
    sheet: info.sheet,
    row: found.firstRow,
    column: null,
    columnIndex: null,
    value: null,
    message: messages.repeatedRows(info.sheet, info.list, found.firstRow, found.lastRow, found.count, idHeading, dateHeading),
    severity: 'warning',
  };
}

/** The latest date of any date field of a list's kept rows (null when it has none). */
export function latestDateOf(info: ListReadInfo): Day | null {
  let latest: Day | null = null;
  for (const day of Object.values(info.latest ?? {})) if (day !== null && (latest === null || day > latest)) latest = day;
  return latest;
}

/** The earliest date of any date field of a list's kept rows (null when it has none). */
export function earliestDateOf(info: ListReadInfo): Day | null {
  let earliest: Day | null = null;
  for (const day of Object.values(info.earliest)) if (day !== null && (earliest === null || day < earliest)) earliest = day;
  return earliest;
}

/**
 * Two warnings about whole lists, from their date ranges:
 * - a list every date of which is later than every date of the other lists (the extract's date
 *   filter went wrong, or the list is from another year): "later than the others";
 * - of the remaining lists, one whose latest date is more than a quarter (three months) before the
 *   newest of them: "stale" (last quarter's extract left in place).
 * A list ahead of all the others does not set the mark for staleness, so one wrong list gives one
 * warning, not one for every other list.
 */
export function staleListProblems(parsed: ParsedLists): Problem[] {
  const ranges = new Map<ListNumber, { earliest: Day; latest: Day; info: ListReadInfo }>();
  for (const list of LIST_NUMBERS) {
    const info = parsed.info[list];
    const earliest = info ? earliestDateOf(info) : null;
    const latest = info ? latestDateOf(info) : null;
    if (info && earliest !== null && latest !== null) ranges.set(list, { earliest, latest, info });
  }
  if (ranges.size < 2) return [];
  const problems: Problem[] = [];
  const inStep: { list: ListNumber; latest: Day; info: ListReadInfo }[] = [];
  for (const [list, range] of ranges) {
    let othersLatest = -Infinity;
    for (const [other, o] of ranges) if (other !== list) othersLatest = Math.max(othersLatest, o.latest);
    if (range.earliest > othersLatest) {
      problems.push(listProblem(range.info, messages.listLaterThanOthers(range.info.sheet, list, ukFromDay(range.earliest), ukFromDay(othersLatest))));
    } else {
      inStep.push({ list, latest: range.latest, info: range.info });
    }
  }
  if (inStep.length < 2) return problems;
  const newest = Math.max(...inStep.map((l) => l.latest));
  const limit = addMonths(newest, -3);
  for (const { list, latest, info } of inStep) {
    if (latest < limit) problems.push(listProblem(info, messages.staleList(info.sheet, list, ukFromDay(latest), ukFromDay(newest))));
  }
  return problems;
}

function listProblem(info: ListReadInfo, message: string): Problem {
  return { list: info.list, sheet: info.sheet, row: null, column: null, columnIndex: null, value: null, message, severity: 'warning' };
}

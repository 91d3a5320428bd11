/**
 * What the parser found, list by list, for the task pane's pre-build summary (issue 10): the
 * sheet, the rows, the date range, and the list-level warnings (stale, later than the others,
 * repeated rows, no data rows). Dates are of the rows' event dates (contact, referral, start,
 * end…), never a date of birth: List 9 has no range.
 */
import type { ParsedLists } from '../lists';
import { isoFromDay } from '../dates';
import { LIST_NAMES, LIST_NUMBERS, type ListNumber } from '../types';
import { earliestDateOf, latestDateOf } from './workbook-checks';

export interface ListSummary {
  list: ListNumber;
  name: string;
  sheet: string;
  /** Non-blank data rows. */
  rows: number;
  rowsExcluded: number;
  /** ISO dates, null when the list has no event dates (List 9) or no rows. */
  earliest: string | null;
  latest: string | null;
  /** List-level warnings for this list (messages name sheets and rows, never a child). */
  warnings: string[];
}

export interface ListsSurvey {
  lists: ListSummary[];
  /** Lists the product reads that no sheet holds (or whose sheet could not be read). */
  missing: ListNumber[];
  /** Errors that kept a list from being read (missing headings…), as messages. */
  errors: string[];
}

export function summariseLists(parsed: ParsedLists): ListsSurvey {
  const lists: ListSummary[] = [];
  const missing: ListNumber[] = [];
  for (const list of LIST_NUMBERS) {
    const info = parsed.info[list];
    if (!info) {
      missing.push(list);
      continue;
    }
    const earliest = earliestDateOf(info);
    const latest = latestDateOf(info);
    lists.push({
      list,
      name: LIST_NAMES[list],
      sheet: info.sheet,
      rows: info.rowsRead,
      rowsExcluded: info.rowsExcluded,
      earliest: earliest === null ? null : isoFromDay(earliest),
      latest: latest === null ? null : isoFromDay(latest),
      // List-level: about the list's own sheet, naming no cell.
      warnings: parsed.problems
        .filter((p) => p.list === list && p.sheet === info.sheet && p.severity === 'warning' && p.column === null)
        .map((p) => p.message),
    });
  }
  const errors = parsed.problems.filter((p) => p.severity === 'error' && p.row === null).map((p) => p.message);
  return { lists, missing, errors };
}

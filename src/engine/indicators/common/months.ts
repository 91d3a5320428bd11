/** Month helpers for monthly indicators: keys, index lookup, previous-year series. */
import type { Day } from '../../types';
import type { Month, ReportPeriod } from '../../period';
import { addYears, ymdFromDay } from '../../dates';
import { makeMonth, monthIndexOf } from '../../calendar/months';

export function monthKeys(period: ReportPeriod): string[] {
  return period.months.map((m) => m.key);
}

/**
 * Month index of a day (-1 outside the months) through a day-offset table: O(1) per row, as it
 * runs over every row of the largest lists.
 */
export function monthIndexer(months: readonly Month[]): (d: Day) => number {
  if (months.length === 0) return () => -1;
  const first = months[0].first;
  const table = new Int8Array(months[months.length - 1].last - first + 1);
  for (let i = 0; i < table.length; i++) table[i] = monthIndexOf(months, first + i);
  return (d) => (d >= first && d - first < table.length ? table[d - first] : -1);
}

/** The period's months one year earlier. */
export function previousYearMonths(period: ReportPeriod): Month[] {
  return period.months.map((m) => {
    const { year, month } = ymdFromDay(addYears(m.first, -1));
    return makeMonth(year, month);
  });
}

/**
 * Previous-year counts, null for a month whose first day precedes the earliest date of the counted
 * column (the extract does not reach back that far, so a count would understate).
 */
export function previousYearValues(counts: readonly number[], months: readonly Month[], earliest: Day | null): (number | null)[] {
  return counts.map((c, i) => (earliest === null || earliest > months[i].first ? null : c));
}

/** Earliest value of a date field: from the parser's info when it recorded one, else from the rows. */
export function earliestDate<T>(recorded: Day | null | undefined, rows: readonly T[], dateOf: (row: T) => Day | null): Day | null {
  if (recorded !== undefined && recorded !== null) return recorded;
  let earliest: Day | null = null;
  for (let r = 0; r < rows.length; r++) {
    const d = dateOf(rows[r]);
    if (d !== null && (earliest === null || d < earliest)) earliest = d;
  }
  return earliest;
}

/** Month helpers for monthly indicators: previous-year series (month lookups: src/engine/derived/month-lookup.ts). */
import type { Day } from '../../types';
import type { Month } from '../../period';

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

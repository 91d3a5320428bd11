/** Per-month event counts and running totals ("open at d" is in src/engine/derived/open-at.ts). */
import type { Day } from '../../types';

/** Rows (events) with a date in each month: counts per month index. */
export function countByMonth<T>(rows: readonly T[], dateOf: (row: T) => Day | null, monthIndex: (d: Day) => number, monthCount: number): number[] {
  const counts = new Array<number>(monthCount).fill(0);
  for (let r = 0; r < rows.length; r++) {
    const d = dateOf(rows[r]);
    if (d === null) continue;
    const i = monthIndex(d);
    if (i >= 0) counts[i] += 1;
  }
  return counts;
}

/** Running total. */
export function cumulative(values: readonly number[]): number[] {
  let total = 0;
  return values.map((v) => (total += v));
}


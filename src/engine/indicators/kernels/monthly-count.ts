/** Kernel: rows by a date field in each month (#1, #3, #7, and the starts and ends of #10, #12, #17). */
import type { Day } from '../../types';
import type { MonthTable } from './month-tables';

export function countByMonth<R>(rows: readonly R[], date: keyof R, table: MonthTable): number[] {
  const counts = new Array<number>(table.months.length).fill(0);
  const indexOf = table.indexOf;
  for (let r = 0; r < rows.length; r++) {
    const d = rows[r][date] as Day | null;
    if (d === null) continue;
    const i = indexOf(d);
    if (i >= 0) counts[i] += 1;
  }
  return counts;
}

/** Rows by a date field in each of two runs of months (this year's and the same months a year earlier), in one pass. */
export function countByMonthTwice<R>(rows: readonly R[], date: keyof R, table: MonthTable, earlier: MonthTable): [number[], number[]] {
  const counts = new Array<number>(table.months.length).fill(0);
  const earlierCounts = new Array<number>(earlier.months.length).fill(0);
  const indexOf = table.indexOf;
  const earlierIndexOf = earlier.indexOf;
  for (let r = 0; r < rows.length; r++) {
    const d = rows[r][date] as Day | null;
    if (d === null) continue;
    const i = indexOf(d);
    if (i >= 0) counts[i] += 1;
    const j = earlierIndexOf(d);
    if (j >= 0) earlierCounts[j] += 1;
  }
  return [counts, earlierCounts];
}

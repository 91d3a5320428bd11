/**
 * Month lookups for any ascending list of months (the report months, the same months a year
 * earlier, or a longer run for a control chart): a day's month index in O(1), as it runs over
 * every row of the largest lists.
 */
import type { Day } from '../types';
import type { Month, ReportPeriod } from '../period';
import { addYears, ymdFromDay } from '../dates';
import { makeMonth } from '../calendar/months';

/** Month index of a day (-1 outside the months) through a day-offset table built month by month. */
export function monthIndexer(months: readonly Month[]): (d: Day) => number {
  if (months.length === 0) return () => -1;
  const first = months[0].first;
  const table = new Int16Array(months[months.length - 1].last - first + 1).fill(-1);
  for (let i = 0; i < months.length; i++) table.fill(i, months[i].first - first, months[i].last - first + 1);
  return (d) => (d >= first && d - first < table.length ? table[d - first] : -1);
}

/** The same months one year earlier. */
export function monthsAYearEarlier(months: readonly Month[]): Month[] {
  return months.map((m) => {
    const { year, month } = ymdFromDay(addYears(m.first, -1));
    return makeMonth(year, month);
  });
}

/** The period's months one year earlier. */
export function previousYearMonths(period: ReportPeriod): Month[] {
  return monthsAYearEarlier(period.months);
}

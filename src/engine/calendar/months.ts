/** Months of a report period and their labels ("Apr 2021"), and month lookups by day. */
import type { Day } from '../types';
import type { Month } from '../period';
import { dayFromYmd, daysInMonth } from '../dates';

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function makeMonth(year: number, month: number): Month {
  return {
    key: `${year}-${month < 10 ? '0' : ''}${month}`,
    label: `${MONTH_ABBREVIATIONS[month - 1]} ${year}`,
    first: dayFromYmd(year, month, 1),
    last: dayFromYmd(year, month, daysInMonth(year, month)),
  };
}

/** `count` consecutive months starting at year/month. */
export function monthsFrom(year: number, month: number, count: number): Month[] {
  const months: Month[] = [];
  for (let i = 0; i < count; i++) {
    const index = year * 12 + (month - 1) + i;
    months.push(makeMonth(Math.floor(index / 12), (index % 12) + 1));
  }
  return months;
}

/** Index of the month holding `d`, or -1 when it falls outside them (months are consecutive). */
export function monthIndexOf(months: readonly Month[], d: Day): number {
  if (months.length === 0 || d < months[0].first || d > months[months.length - 1].last) return -1;
  let lo = 0;
  let hi = months.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (months[mid].first <= d) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

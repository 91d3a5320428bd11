/** Months of a report period and their labels ("Apr 2021"); month lookups by day are in derived/month-lookup.ts. */
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

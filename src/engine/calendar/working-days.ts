/**
 * Working days between two dates (indicators.md): days strictly after `start`, up to and including
 * `end`, that are not Saturday, Sunday or a bank holiday — Excel NETWORKDAYS(start + 1, end, hols)
 * when end > start, else 0. Runs once per assessment, so it is O(log holidays): whole-week
 * arithmetic plus a binary search over the sorted weekday holidays.
 */
import type { Day } from '../types';
import { weekday } from '../dates';
import { upperBound } from '../search';

/** 1970-01-05 was a Monday: weekday offsets are counted from it. */
const MONDAY_ANCHOR: Day = 4;

/** Number of Monday–Friday days in [MONDAY_ANCHOR, MONDAY_ANCHOR + x) (negative x gives a consistent cumulative count). */
function weekdaysBefore(x: number): number {
  const weeks = Math.floor(x / 7);
  return 5 * weeks + Math.min(x - 7 * weeks, 5);
}

/** Sorted weekday holidays per holiday set, built once per set (settings keep one set per build). */
const sortedCache = new WeakMap<ReadonlySet<Day>, Day[]>();

function sortedWeekdayHolidays(holidays: ReadonlySet<Day>): Day[] {
  let sorted = sortedCache.get(holidays);
  if (!sorted) {
    sorted = [...holidays].filter((d) => weekday(d) !== 0 && weekday(d) !== 6).sort((a, b) => a - b);
    sortedCache.set(holidays, sorted);
  }
  return sorted;
}

export function workingDaysBetween(start: Day, end: Day, holidays: ReadonlySet<Day>): number {
  if (end <= start) return 0;
  const weekdays = weekdaysBefore(end + 1 - MONDAY_ANCHOR) - weekdaysBefore(start + 1 - MONDAY_ANCHOR);
  const sorted = sortedWeekdayHolidays(holidays);
  const holidaysInRange = upperBound(sorted, end) - upperBound(sorted, start);
  return weekdays - holidaysInRange;
}

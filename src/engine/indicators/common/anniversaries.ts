/**
 * Anniversary tests as plain Day comparisons. `addYears(d, n)` (29/02 → 28/02) never decreases as
 * d increases, so "the n-th anniversary of d falls on or before T" holds exactly for the days up to
 * one last day, and "on or after T" from one first day: two Date conversions per period instead of
 * several per row.
 */
import type { Day } from '../../types';
import { addYears } from '../../dates';

/** The last day d whose n-th anniversary addYears(d, n) is on or before `target`. */
export function lastDayWithAnniversaryOnOrBefore(years: number, target: Day): Day {
  let d = addYears(target, -years);
  while (addYears(d + 1, years) <= target) d++;
  while (addYears(d, years) > target) d--;
  return d;
}

/** The first day d whose n-th anniversary addYears(d, n) is on or after `target`. */
export function firstDayWithAnniversaryOnOrAfter(years: number, target: Day): Day {
  let d = addYears(target, -years);
  while (addYears(d - 1, years) >= target) d--;
  while (addYears(d, years) < target) d++;
  return d;
}

/** Dates of birth [from, to] whose `years`-th birthday falls in [start, end]. */
export interface BirthRange {
  from: Day;
  to: Day;
}

export function birthsWithBirthdayIn(years: number, start: Day, end: Day): BirthRange {
  return { from: firstDayWithAnniversaryOnOrAfter(years, start), to: lastDayWithAnniversaryOnOrBefore(years, end) };
}

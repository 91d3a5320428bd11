/**
 * Calendar arithmetic for the reference interpreter, written the obvious way with JS Dates,
 * independently of src/engine/dates.ts: a date n months earlier is the same day of that month,
 * or its last day when it has fewer days (29/02/2024 → 28/02/2023).
 */
import type { Day } from '../../src/engine/types';

const MS_PER_DAY = 86_400_000;

function toDate(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

function fromYmd(year: number, month0: number, date: number): Day {
  return Math.round(Date.UTC(year, month0, date) / MS_PER_DAY);
}

function lastDateOf(year: number, month0: number): number {
  return new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate();
}

export function monthsEarlier(day: Day, months: number): Day {
  const date = toDate(day);
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() - months;
  const year = Math.floor(total / 12);
  const month0 = total - year * 12;
  return fromYmd(year, month0, Math.min(date.getUTCDate(), lastDateOf(year, month0)));
}

export function yearsLater(day: Day, years: number): Day {
  return monthsEarlier(day, -12 * years);
}

/** First and last day of the month holding `day`, and of the same month `yearsBack` years earlier. */
export function monthOf(day: Day, yearsBack = 0): { first: Day; last: Day } {
  const date = toDate(day);
  const year = date.getUTCFullYear() - yearsBack;
  const month0 = date.getUTCMonth();
  return { first: fromYmd(year, month0, 1), last: fromYmd(year, month0, lastDateOf(year, month0)) };
}

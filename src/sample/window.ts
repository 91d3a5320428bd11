/**
 * The dates the sample targets: a financial year's Q2 report period (1 April–30 September), an
 * extract that also covers the 12 months before it, and a simulation warm-up before that so the
 * cases already open when the extract starts (and the re-referral history) look settled.
 */
import { addYears, dayFromYmd, weekday } from '../engine/dates';
import type { Day } from '../engine/types';

export interface SampleWindow {
  financialYear: number;
  /** 1 April of the financial year: start of the report period. */
  periodStart: Day;
  /** 30 September of the financial year: the snapshot date and the last day of the extract. */
  extractEnd: Day;
  /** 1 April of the year before: first day of the extract ("year to date and the 12 months before"). */
  extractStart: Day;
  /** Referrals are simulated from here so that open cases and re-referral history are realistic. */
  warmUpStart: Day;
}

/** Years of referral history simulated before the extract starts. */
const WARM_UP_YEARS = 3;

export function sampleWindow(financialYear: number): SampleWindow {
  const periodStart = dayFromYmd(financialYear, 4, 1);
  const extractStart = dayFromYmd(financialYear - 1, 4, 1);
  return {
    financialYear,
    periodStart,
    extractEnd: dayFromYmd(financialYear, 9, 30),
    extractStart,
    warmUpStart: addYears(extractStart, -WARM_UP_YEARS),
  };
}

export function isWorkingDay(day: Day, holidays: ReadonlySet<Day>): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !holidays.has(day);
}

/** The day `count` working days after `start` (the engine counts days after start up to the end). */
export function addWorkingDays(start: Day, count: number, holidays: ReadonlySet<Day>): Day {
  let day = start;
  let left = count;
  while (left > 0) {
    day += 1;
    if (isWorkingDay(day, holidays)) left -= 1;
  }
  return day;
}

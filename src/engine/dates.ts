/**
 * Calendar-day arithmetic on `Day` numbers (days since 1970-01-01). All exact integer maths in
 * UTC so that no time zone or daylight-saving change can move a date.
 */
import type { Day } from './types';

const MS_PER_DAY = 86_400_000;
/** Excel serial 25569 is 1970-01-01 (the 1900 system, with its fictitious 29/02/1900 before day 61). */
export const EXCEL_EPOCH_OFFSET = 25_569;

export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdFromDay(d: Day): Ymd {
  const dt = new Date(d * MS_PER_DAY);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

/** True when y/m/d is a real calendar date (rejects 31/02/2021). */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** "YYYY-MM-DD" */
export function isoFromDay(d: Day): string {
  const { year, month, day } = ymdFromDay(d);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** "DD/MM/YYYY", the UK display form. */
export function ukFromDay(d: Day): string {
  const { year, month, day } = ymdFromDay(d);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** Day of week, 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

export function dayFromExcelSerial(serial: number): Day {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

export function excelSerialFromDay(d: Day): number {
  return d + EXCEL_EPOCH_OFFSET;
}

/** The same day `years` years later (or earlier); 29 February falls on 28 February in a year without one. */
export function addYears(d: Day, years: number): Day {
  const { year, month, day } = ymdFromDay(d);
  const y = year + years;
  return dayFromYmd(y, month, Math.min(day, daysInMonth(y, month)));
}

/** The same day `months` months later (or earlier), clamped to the month's last day. */
export function addMonths(d: Day, months: number): Day {
  const { year, month, day } = ymdFromDay(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return dayFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

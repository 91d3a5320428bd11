/**
 * Date cells → Day (inputs.md "Cell values"). Accepts Excel serial numbers, Date objects (their
 * UTC calendar day), UK day-first text (DD/MM/YYYY, D/M/YYYY, DD/MM/YY as 20YY, optionally with a
 * time), ISO YYYY-MM-DD (optionally with a time or zone, the written calendar day is kept), and
 * D-Mon-YYYY / D Month YYYY. Never month-first. The caller has already ruled out blank cells.
 */
import type { CellValue, Day } from '../types';
import { dayFromExcelSerial, dayFromYmd, isValidYmd } from '../dates';

/** Excel serial 1 is 01/01/1900; 2958465 is 31/12/9999, the largest date Excel holds. */
const MIN_SERIAL = 1;
const MAX_SERIAL = 2_958_465;
/** Calendar years accepted from text; anything else is almost surely a typing slip. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const TIME_PART = '(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]m)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
const UK_DATE = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})${TIME_PART}$`, 'i');
const ISO_DATE = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME_PART}$`, 'i');
const NAMED_MONTH_DATE = new RegExp(`^(\\d{1,2})[ -]([a-z]{3,9})\\.?[ -](\\d{4}|\\d{2})${TIME_PART}$`, 'i');
const SERIAL_TEXT = /^\d{1,7}(?:\.\d+)?$/;

const MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (name, index): [string, number][] => [[name, index + 1], [name.slice(0, 3), index + 1], ...(name === 'september' ? [['sept', 9] as [string, number]] : [])],
  ),
);

/** The Day a non-blank cell holds, or null when it is not a valid date. */
export function parseDateCell(value: CellValue): Day | null {
  if (typeof value === 'number') return dayFromSerial(value);
  if (value instanceof Date) return dayFromDate(value);
  if (typeof value === 'string') return dayFromText(value.trim());
  return null;
}

function dayFromSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < MIN_SERIAL || serial >= MAX_SERIAL + 1) return null;
  return dayFromExcelSerial(serial);
}

function dayFromDate(date: Date): Day | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  return dayFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function dayFromText(text: string): Day | null {
  const uk = UK_DATE.exec(text);
  if (uk) return checkedDay(fullYear(uk[3]), Number(uk[2]), Number(uk[1]));
  const iso = ISO_DATE.exec(text);
  if (iso) return checkedDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const named = NAMED_MONTH_DATE.exec(text);
  if (named) {
    const month = MONTHS.get(named[2].toLowerCase());
    return month === undefined ? null : checkedDay(fullYear(named[3]), month, Number(named[1]));
  }
  // A serial number stored as text (a CSV written from unformatted cells).
  if (SERIAL_TEXT.test(text)) return dayFromSerial(Number(text));
  return null;
}

/** Two-digit years are 20YY (inputs.md). */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function checkedDay(year: number, month: number, day: number): Day | null {
  if (year < MIN_YEAR || year > MAX_YEAR || !isValidYmd(year, month, day)) return null;
  return dayFromYmd(year, month, day);
}

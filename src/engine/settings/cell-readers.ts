/**
 * Reading one settings cell tolerantly: each reader returns the value, or `invalid` when the cell
 * holds something that is not what the setting expects. Blank cells are handled by the caller
 * (blank = keep the default), so readers only see non-blank cells.
 */
import type { CellValue } from '../types';

export const invalid = Symbol('invalid');
export type Read<T> = T | typeof invalid;

export function isBlankCell(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function cellText(value: CellValue): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A number, or text holding one with thousands separators or spaces ("119,353"). */
export function readNumber(value: CellValue): Read<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? value : invalid;
  if (typeof value !== 'string') return invalid;
  const compact = value.replace(/[,\s\u00a0]/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return invalid;
  return Number(compact);
}

export function readWholeNumber(value: CellValue, min: number, max = Number.MAX_SAFE_INTEGER): Read<number> {
  const n = readNumber(value);
  return n !== invalid && Number.isInteger(n) && n >= min && n <= max ? n : invalid;
}

export function readPositiveNumber(value: CellValue): Read<number> {
  const n = readNumber(value);
  return n !== invalid && n > 0 ? n : invalid;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

export function readYesNo(value: CellValue): Read<boolean> {
  if (typeof value === 'boolean') return value;
  const text = cellText(value).toLowerCase().replace(/^[ab]\)\s*/, '');
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return invalid;
}

/** "2021/22", "2021-22", "2021/2022" or 2021 → 2021 (the first calendar year). */
export function readFinancialYear(value: CellValue): Read<number> {
  const text = cellText(value);
  const single = /^(\d{4})$/.exec(text);
  if (single) return Number(single[1]);
  const pair = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(text);
  if (!pair) return invalid;
  const first = Number(pair[1]);
  const second = Number(pair[2]);
  const expected = pair[2].length === 2 ? (first + 1) % 100 : first + 1;
  return second === expected ? first : invalid;
}

export function financialYearLabel(year: number): string {
  return `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** 1–4, "Q2" or "Quarter 2". */
export function readQuarter(value: CellValue): Read<1 | 2 | 3 | 4> {
  const text = cellText(value).toLowerCase().replace(/^(quarter|q)\s*/, '');
  return /^[1-4]$/.test(text) ? (Number(text) as 1 | 2 | 3 | 4) : invalid;
}

/** A label compared loosely: lower case, dashes and arrows unified, punctuation dropped. */
export function normaliseLabel(text: CellValue): string {
  return cellText(text)
    .toLowerCase()
    .replace(/[→>]/g, ' to ')
    .replace(/[–—]/g, '-')
    .replace(/[^a-z0-9-]+/g, ' ')
    .trim();
}

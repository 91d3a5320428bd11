/**
 * What a single cell holds, before any typed parsing: blank, an Excel error, or a value.
 * White-space-only text is blank (inputs.md "Cell values"); Excel error values arrive as text
 * (`#N/A`) because the readers turn error objects into their text.
 */
import type { CellValue } from '../types';

const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#GETTING_DATA',
]);

/** Non-white-space characters (ASCII fast path first, then the Unicode spaces Excel users paste). */
const NOT_WHITE_SPACE = /[^\s\u00A0\u2007\u202F\uFEFF]/;

export function isBlankCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') {
    if (value.length === 0) return true;
    // Fast path: most cells start with a visible character.
    const first = value.charCodeAt(0);
    if (first > 32 && first !== 160 && first < 0x2000) return false;
    return !NOT_WHITE_SPACE.test(value);
  }
  return false;
}

/** The Excel error text (`#N/A`, ...) a cell holds, or null when it holds none. */
export function excelErrorOf(value: CellValue): string | null {
  if (typeof value === 'string') {
    if (value.length === 0 || value.length > 14) return null;
    // Fast path: an error starts with '#' (perhaps after spaces).
    const first = value.charCodeAt(0);
    if (first !== 35 && first > 32 && first !== 160) return null;
    const text = value.trim().toUpperCase();
    return text.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(text) ? text : null;
  }
  // Defensive: an error object ({ error: '#N/A' }) from a reader that did not convert it.
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const error = (value as { error?: unknown }).error;
    return typeof error === 'string' ? error : '#ERROR';
  }
  return null;
}

/** A row with no cell holding data (blank or an Excel error) is skipped silently. */
export function isBlankRow(cells: readonly CellValue[] | undefined): boolean {
  if (!cells) return true;
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (!isBlankCell(value) && excelErrorOf(value) === null) return false;
  }
  return true;
}

/** A cell as display text, for problem values and free-text columns. */
export function cellToText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return numberToText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return String(value);
}

/** Whole numbers without ".0"; others as JavaScript writes them. */
export function numberToText(value: number): string {
  return String(value);
}

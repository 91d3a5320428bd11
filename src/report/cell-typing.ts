/**
 * How a model cell is typed in Excel — the one rule both renderers follow, so the .xlsx and the
 * add-in agree. Excel parses a string written into a General cell like typing (`Apr 2021` becomes
 * a date, `00123` the number 123, `12%` 0.12, `1-5` the 1st of May), so:
 * - every text cell gets the text number format `@` before its value: it stays the same text;
 * - a month or date that should be a date is a number (Excel's date serial) with a date format,
 *   never a label for Excel to guess at (`categoryCell`).
 */
import { dayFromYmd, excelSerialFromDay } from '../engine/dates';
import type { CellStyle, ModelCell } from './model';
import { STYLE_TABLE } from './styles';
import { textCell } from './drafts';

/** Number format of a text cell. */
export const TEXT_FORMAT = '@';
/** A month category written as a real date (the 1st of the month), shown "Apr 2021". */
export const MONTH_FORMAT = 'mmm yyyy';

/**
 * The number format a renderer writes for the cell, before its value: `@` for text, else the
 * cell's own format (a date cell's), else its style's; null = leave the cell's format alone.
 */
export function cellNumberFormat(cell: ModelCell): string | null {
  if (typeof cell.value === 'string') return TEXT_FORMAT;
  return cell.numberFormat ?? STYLE_TABLE[cell.style]?.numberFormat ?? null;
}

/**
 * A category cell: a month `YYYY-MM` becomes the date of its 1st with format `mmm yyyy` (the
 * category axis of a chart on it is a date axis of months, as Excel would make it from typed
 * months); any other category (a group, a district, a quarter-end date used as a column label)
 * is text.
 */
export function categoryCell(row: number, col: number, category: string, label: string, style: CellStyle): ModelCell {
  const month = /^(\d{4})-(\d{2})$/.exec(category);
  if (month) {
    const serial = excelSerialFromDay(dayFromYmd(Number(month[1]), Number(month[2]), 1));
    return { row, col, value: serial, style, numberFormat: MONTH_FORMAT };
  }
  return textCell(row, col, label, style);
}

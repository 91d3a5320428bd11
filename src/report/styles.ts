/**
 * The style table: what each named CellStyle looks like. Both renderers read this table and only
 * translate it into their own formatting calls.
 */
import type { CellStyle } from './model';
import type { Unit } from '../engine/results';

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" background fill. */
  fill?: string;
  border?: 'thin' | 'none';
  /** Excel number format code. */
  numberFormat?: string;
  horizontalAlignment?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

/** Values are already percentages (12.5 means 12.5%), so the % sign is a literal, not Excel's ×100. */
export const NUMBER_FORMATS = {
  count: '#,##0',
  rate: '0.0',
  percent: '0.0"%"',
  date: 'dd/mm/yyyy',
} as const;

const DARK_BLUE = '#1F3864';
const HEADER_FILL = '#D9E1F2';
const TOTAL_FILL = '#F2F2F2';
const GREY_TEXT = '#595959';

export const STYLE_TABLE: Record<CellStyle, CellFormat> = {
  title: { bold: true, fontSize: 16, fontColor: DARK_BLUE },
  subtitle: { bold: true, fontSize: 12, fontColor: DARK_BLUE },
  sectionTitle: { bold: true, fontSize: 13, fontColor: DARK_BLUE },
  definition: { italic: true, fontColor: GREY_TEXT },
  header: { bold: true, fill: HEADER_FILL, border: 'thin', horizontalAlignment: 'center', wrap: true },
  rowHeader: { border: 'thin', horizontalAlignment: 'left', wrap: true },
  text: { border: 'none', horizontalAlignment: 'left' },
  count: { border: 'thin', numberFormat: NUMBER_FORMATS.count, horizontalAlignment: 'right' },
  percent: { border: 'thin', numberFormat: NUMBER_FORMATS.percent, horizontalAlignment: 'right' },
  rate: { border: 'thin', numberFormat: NUMBER_FORMATS.rate, horizontalAlignment: 'right' },
  date: { border: 'thin', numberFormat: NUMBER_FORMATS.date, horizontalAlignment: 'right' },
  note: { italic: true, fontSize: 9, fontColor: GREY_TEXT },
  suppressed: { border: 'thin', italic: true, fontColor: GREY_TEXT, horizontalAlignment: 'right' },
  // Total rows: the label and count totals (text ignores the number format).
  total: { bold: true, fill: TOTAL_FILL, border: 'thin', numberFormat: NUMBER_FORMATS.count },
  logHeader: { bold: true, fill: HEADER_FILL, border: 'thin', horizontalAlignment: 'left' },
  warning: { fontColor: '#C00000' },
};

/** The table/Chart Data style of a value of this unit. */
export function styleForUnit(unit: Unit): CellStyle {
  return unit;
}

/** The number format of a chart's value axis and labels for this unit. */
export function numberFormatForUnit(unit: Unit): string {
  return NUMBER_FORMATS[unit];
}

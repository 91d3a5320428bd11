/**
 * Row and column positions, decided once: title block, section heights, chart size and the
 * column widths, row heights and print areas computed from what a sheet holds.
 */
import type { ChartSpec, ColumnSpec, ModelCell, RangeRef } from './model';
import { CHART_HEIGHT } from './chart-size';
import { linesNeeded, narrowestWidthFor } from './wrap';

export { CHART_HEIGHT };

/** Title block of report sheets: authority, report name, quarter, period (frozen and repeated in print). */
export const TITLE_ROWS = 4;
/** First row of the first section (one blank row under the title block). */
export const FIRST_SECTION_ROW = TITLE_ROWS + 1;
/** Rows of section title + definition above a section's table. */
export const SECTION_HEADING_ROWS = 2;
/** Blank rows between two sections. */
export const SECTION_GAP = 2;

/** Excel's default row is 15 points = 20 pixels. */
export const ROW_HEIGHT_PX = 20;
export const DEFAULT_ROW_HEIGHT_PT = 15;

/** Rows of 20 px a chart of this height covers. */
export function chartRows(heightPx: number): number {
  return Math.ceil(heightPx / ROW_HEIGHT_PX);
}

/** Rows the standard 260 px chart covers. */
export const CHART_ROWS = chartRows(CHART_HEIGHT);

/** A table with a chart beside it takes the taller of the two (rows of taller height only end the chart sooner). */
export function blockHeight(tableRows: number, chartHeightPx = CHART_HEIGHT): number {
  return Math.max(tableRows, chartRows(chartHeightPx));
}

/** The chart sits one blank column to the right of its table, level with the table's header row. */
export function chartAnchorBeside(tableTop: number, tableLeft: number, tableColumns: number): { row: number; col: number } {
  return { row: tableTop, col: tableLeft + tableColumns + 1 };
}

/** The chart sits under its table, one blank row below (for tables too wide to have a chart beside them). */
export function chartAnchorBelow(tableTop: number, tableLeft: number, tableRows: number): { row: number; col: number } {
  return { row: tableTop + tableRows + 1, col: tableLeft };
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;
/** Characters of padding beside the longest value. */
const PADDING = 2;
/** Headers up to this length stay on one line; longer ones wrap onto two. */
export const HEADER_WRAP_WIDTH = 10;
/** Row labels longer than this (28) wrap onto a second line instead of widening column A for every table. */
export const LABEL_WRAP_WIDTH = 28;
/** Free text that may run across empty cells to its right: it does not widen its column. */
const OVERFLOWING_STYLES = new Set(['title', 'subtitle', 'sectionTitle', 'definition', 'note', 'warning']);

/** Characters a value shows (numbers with thousands separators and one decimal). */
function shownLength(value: string | number | null): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.length;
  const digits = Math.trunc(Math.abs(value)).toString().length;
  return digits + Math.floor((digits - 1) / 3) + (Number.isInteger(value) ? 0 : 2) + 1;
}

/**
 * Characters a cell needs across. Headers longer than 10 wrap (their style says so) onto two
 * lines, so "Statistical neighbours" needs 11, not 22; row labels longer than 28 wrap onto two.
 */
function neededLength(cell: ModelCell): number {
  if (OVERFLOWING_STYLES.has(cell.style)) return 0;
  if (typeof cell.value !== 'string') return shownLength(cell.value);
  if (cell.style === 'header') return cell.value.length <= HEADER_WRAP_WIDTH ? cell.value.length : Math.max(narrowestWidthFor(cell.value, 2), MIN_COLUMN_WIDTH - PADDING);
  if (cell.style === 'rowHeader' && cell.value.length > LABEL_WRAP_WIDTH) return Math.max(LABEL_WRAP_WIDTH, narrowestWidthFor(cell.value, 2));
  return cell.value.length;
}

/** Width of each used column: the longest text or number it shows, plus padding, 8 to 60. */
export function columnWidths(cells: readonly ModelCell[]): ColumnSpec[] {
  const longest = new Map<number, number>();
  for (const cell of cells) longest.set(cell.col, Math.max(longest.get(cell.col) ?? 0, neededLength(cell)));
  return [...longest.entries()]
    .sort(([a], [b]) => a - b)
    .map(([col, length]) => ({ col, width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, length + PADDING)) }));
}

/** Row heights in points: bigger fonts get their own height, and wrapped headers and labels two lines. */
const TITLE_ROW_PT = 21;
const SUBTITLE_ROW_PT = 16;
const SECTION_TITLE_ROW_PT = 18;
const TWO_LINE_ROW_PT = 30;
const WRAPPING_STYLES = new Set(['header', 'rowHeader']);
const STYLE_ROW_HEIGHTS: Partial<Record<string, number>> = { title: TITLE_ROW_PT, subtitle: SUBTITLE_ROW_PT, sectionTitle: SECTION_TITLE_ROW_PT };

/**
 * Explicit heights for the rows that need more than 15 pt, so that print pages can be measured
 * (and Excel and LibreOffice agree): title rows, section titles, and rows where a header or a row
 * label wraps at the final column width.
 */
export function rowHeights(cells: readonly ModelCell[], columns: readonly ColumnSpec[]): { row: number; height: number }[] {
  const widths = new Map(columns.map((c) => [c.col, c.width]));
  const heights = new Map<number, number>();
  for (const cell of cells) {
    let height = STYLE_ROW_HEIGHTS[cell.style] ?? DEFAULT_ROW_HEIGHT_PT;
    if (WRAPPING_STYLES.has(cell.style) && typeof cell.value === 'string') {
      const room = (widths.get(cell.col) ?? MIN_COLUMN_WIDTH) - PADDING;
      if (linesNeeded(cell.value, room) > 1) height = TWO_LINE_ROW_PT;
    }
    if (height > DEFAULT_ROW_HEIGHT_PT) heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  }
  return [...heights.entries()].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}

export const DEFAULT_COLUMN_WIDTH = 8.43;

/** Pixels of a column of `width` characters (Excel: 7 px a character + 5 px padding at Calibri 11). */
export function columnPixels(width: number): number {
  return Math.floor(width * 7 + 5);
}

/** Width in pixels of columns 0..lastCol. */
export function columnsPixels(lastCol: number, columns: readonly ColumnSpec[]): number {
  const widths = new Map(columns.map((c) => [c.col, c.width]));
  let total = 0;
  for (let col = 0; col <= lastCol; col += 1) total += columnPixels(widths.get(col) ?? DEFAULT_COLUMN_WIDTH);
  return total;
}

/** Last column a chart covers, walking right from its anchor over the sheet's column widths. */
export function chartLastColumn(chart: Pick<ChartSpec, 'anchor' | 'width'>, columns: readonly ColumnSpec[]): number {
  const widths = new Map(columns.map((c) => [c.col, c.width]));
  let col = chart.anchor.col;
  let covered = columnPixels(widths.get(col) ?? DEFAULT_COLUMN_WIDTH);
  while (covered < chart.width) {
    col += 1;
    covered += columnPixels(widths.get(col) ?? DEFAULT_COLUMN_WIDTH);
  }
  return col;
}

function chartLastRow(chart: ChartSpec): number {
  return chart.anchor.row + chartRows(chart.height) - 1;
}

/** The used range of a sheet, charts included (so printing never cuts a chart off). */
export function usedRange(sheet: string, cells: readonly ModelCell[], charts: readonly ChartSpec[], columns: readonly ColumnSpec[]): RangeRef {
  let lastRow = 0;
  let lastCol = 0;
  for (const c of cells) {
    lastRow = Math.max(lastRow, c.row);
    lastCol = Math.max(lastCol, c.col);
  }
  for (const chart of charts) {
    lastRow = Math.max(lastRow, chartLastRow(chart));
    lastCol = Math.max(lastCol, chartLastColumn(chart, columns));
  }
  return { sheet, firstRow: 0, firstCol: 0, lastRow, lastCol };
}

/**
 * Row and column positions, decided once: title block, section heights, chart size and the
 * column widths and print areas computed from what a sheet holds.
 */
import type { ChartSpec, ColumnSpec, ModelCell, RangeRef } from './model';

/** Title block of report sheets: authority, report name, quarter, period (frozen and repeated in print). */
export const TITLE_ROWS = 4;
/** First row of the first section (one blank row under the title block). */
export const FIRST_SECTION_ROW = TITLE_ROWS + 1;
/** Rows of section title + definition above a section's table. */
export const SECTION_HEADING_ROWS = 2;
/** Blank rows between two sections. */
export const SECTION_GAP = 2;

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 260;
/** Excel's default row is 15 points = 20 pixels. */
export const ROW_HEIGHT_PX = 20;
/** Rows a chart covers: a table block is never shorter, so the next block starts below the chart. */
export const CHART_ROWS = Math.ceil(CHART_HEIGHT / ROW_HEIGHT_PX);

/** A table with a chart beside it takes the taller of the two. */
export function blockHeight(tableRows: number): number {
  return Math.max(tableRows, CHART_ROWS);
}

/** The chart sits one blank column to the right of its table, level with the table's header row. */
export function chartAnchorBeside(tableTop: number, tableLeft: number, tableColumns: number): { row: number; col: number } {
  return { row: tableTop, col: tableLeft + tableColumns + 1 };
}

const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;
/** Free text that may run across empty cells to its right: it does not widen its column. */
const OVERFLOWING_STYLES = new Set(['title', 'subtitle', 'sectionTitle', 'definition', 'note', 'warning']);

/** Characters a value shows (numbers with thousands separators and one decimal). */
function shownLength(value: string | number | null): number {
  if (value === null) return 0;
  if (typeof value === 'string') return value.length;
  const digits = Math.trunc(Math.abs(value)).toString().length;
  return digits + Math.floor((digits - 1) / 3) + (Number.isInteger(value) ? 0 : 2) + 1;
}

/** Width of each used column: the longest text or number it shows, plus padding, capped at 60. */
export function columnWidths(cells: readonly ModelCell[]): ColumnSpec[] {
  const longest = new Map<number, number>();
  for (const cell of cells) {
    const length = OVERFLOWING_STYLES.has(cell.style) ? 0 : shownLength(cell.value);
    longest.set(cell.col, Math.max(longest.get(cell.col) ?? 0, length));
  }
  return [...longest.entries()]
    .sort(([a], [b]) => a - b)
    .map(([col, length]) => ({ col, width: Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, length + 2)) }));
}

const DEFAULT_COLUMN_WIDTH = 8.43;

/** Pixels of a column of `width` characters (Excel: 7 px a character + 5 px padding at Calibri 11). */
function columnPixels(width: number): number {
  return Math.floor(width * 7 + 5);
}

/** Last column a chart covers, walking right from its anchor over the sheet's column widths. */
function chartLastColumn(chart: ChartSpec, columns: readonly ColumnSpec[]): number {
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
  return chart.anchor.row + Math.ceil(chart.height / ROW_HEIGHT_PX) - 1;
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

/**
 * Groups a sheet's cells into rectangles of one style, so formats are applied once per rectangle
 * instead of once per cell: horizontal runs of adjacent cells of a style in a row, then runs with
 * the same columns in consecutive rows merged into one rectangle.
 */
import type { CellStyle, ModelCell } from '../../report/model';

export interface StyleRect {
  style: CellStyle;
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

function horizontalRuns(cells: readonly ModelCell[]): StyleRect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: StyleRect[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.style === cell.style && last.firstRow === cell.row && last.lastCol === cell.col - 1) {
      last.lastCol = cell.col;
    } else {
      runs.push({ style: cell.style, firstRow: cell.row, lastRow: cell.row, firstCol: cell.col, lastCol: cell.col });
    }
  }
  return runs;
}

export function styleRects(cells: readonly ModelCell[]): StyleRect[] {
  const open = new Map<string, StyleRect>();
  const rects: StyleRect[] = [];
  for (const run of horizontalRuns(cells)) {
    const key = `${run.style}|${run.firstCol}|${run.lastCol}`;
    const above = open.get(key);
    if (above && above.lastRow === run.firstRow - 1) {
      above.lastRow = run.firstRow;
    } else {
      open.set(key, run);
      rects.push(run);
    }
  }
  return rects;
}

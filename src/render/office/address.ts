/** A1-style addresses for the Office.js renderer (0-based rows and columns in, Excel text out). */
import type { RangeRef } from '../../report/model';
import { columnLetters } from '../../engine/column-letters';

export { columnLetters };

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B3:D9" (or "B3" for one cell), without a sheet name: used on a worksheet object. */
export function localRangeAddress(ref: Pick<RangeRef, 'firstRow' | 'firstCol' | 'lastRow' | 'lastCol'>): string {
  const start = cellAddress(ref.firstRow, ref.firstCol);
  return ref.firstRow === ref.lastRow && ref.firstCol === ref.lastCol ? start : `${start}:${cellAddress(ref.lastRow, ref.lastCol)}`;
}

/** "$1:$4": whole rows, as setPrintTitleRows expects. */
export function rowsAddress(first: number, last: number): string {
  return `$${first + 1}:$${last + 1}`;
}

/**
 * Turns a sheet's cells into rectangular blocks for one `values` and one `numberFormat` write
 * each: the bounding box of the cells, split into row chunks when a block would exceed the byte
 * budget. `null` in a block leaves that cell untouched (nothing to write there).
 */
import type { ModelCell } from '../../report/model';
import { cellNumberFormat } from '../../report/cell-typing';

export interface CellBlock {
  firstRow: number;
  firstCol: number;
  values: (string | number | null)[][];
  numberFormats: (string | null)[][];
  /** Estimated request bytes of the two writes. */
  bytes: number;
}

function rowBytes(values: unknown[], formats: unknown[]): number {
  return JSON.stringify(values).length + JSON.stringify(formats).length;
}

export function cellBlocks(cells: readonly ModelCell[], budgetBytes: number): CellBlock[] {
  if (cells.length === 0) return [];
  const firstRow = Math.min(...cells.map((c) => c.row));
  const lastRow = Math.max(...cells.map((c) => c.row));
  const firstCol = Math.min(...cells.map((c) => c.col));
  const lastCol = Math.max(...cells.map((c) => c.col));
  const width = lastCol - firstCol + 1;
  const values = Array.from({ length: lastRow - firstRow + 1 }, () => new Array<string | number | null>(width).fill(null));
  const formats = Array.from({ length: lastRow - firstRow + 1 }, () => new Array<string | null>(width).fill(null));
  for (const cell of cells) {
    values[cell.row - firstRow][cell.col - firstCol] = cell.value;
    // The one cell-typing rule of both renderers: "@" for every text cell (Excel parses
    // `range.values` like typing: `Apr 2021` in a General cell becomes a date), a date format for
    // a date, else the style's. Written before the values (sheet-work.ts).
    formats[cell.row - firstRow][cell.col - firstCol] = cellNumberFormat(cell);
  }
  return splitByBytes(firstRow, firstCol, values, formats, budgetBytes);
}

function splitByBytes(
  firstRow: number,
  firstCol: number,
  values: (string | number | null)[][],
  formats: (string | null)[][],
  budgetBytes: number,
): CellBlock[] {
  const blocks: CellBlock[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < values.length; r++) {
    const size = rowBytes(values[r], formats[r]);
    if (r > start && bytes + size > budgetBytes) {
      blocks.push({ firstRow: firstRow + start, firstCol, values: values.slice(start, r), numberFormats: formats.slice(start, r), bytes });
      start = r;
      bytes = 0;
    }
    bytes += size;
  }
  blocks.push({ firstRow: firstRow + start, firstCol, values: values.slice(start), numberFormats: formats.slice(start), bytes });
  return blocks;
}

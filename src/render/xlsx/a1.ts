import type { RangeRef } from '../../report/model';
import { columnLetters } from '../../engine/column-letters';

export { columnLetters };

/** Sheet names are always quoted (an apostrophe doubled), which Excel accepts for any name. */
export function quotedSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Absolute reference such as 'Chart Data'!$B$2:$B$7 (a single cell gives 'Chart Data'!$B$2). */
export function absoluteRef(range: RangeRef): string {
  const first = `$${columnLetters(range.firstCol)}$${range.firstRow + 1}`;
  const last = `$${columnLetters(range.lastCol)}$${range.lastRow + 1}`;
  const cells = first === last ? first : `${first}:${last}`;
  return `${quotedSheetName(range.sheet)}!${cells}`;
}

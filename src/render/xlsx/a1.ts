import type { RangeRef } from '../../report/model';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

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

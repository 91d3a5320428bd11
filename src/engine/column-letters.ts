/** Worksheet column index (0 = A) → its letters ("F", "AA"): for problem messages and both renderers' A1 addresses. */
export function columnLetters(columnIndex: number): string {
  let letters = '';
  let n = columnIndex + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * RFC 4180 CSV text → rows of text cells. Handles quoted fields with embedded commas, quotes
 * ("" inside quotes) and newlines, CRLF or LF line ends, and a leading byte-order mark. Every cell
 * is text, as CSV dates are; an empty field is the empty string (`parseCsv`) or null, a blank
 * cell (`parseCsvValues`, what the command line reads).
 *
 * Why it scans by character codes and slices: building each field a character at a time made
 * a cons-string per character, which the collector then had to copy and the parser flatten; at
 * scale 1 (60,000 rows) that was about a third of a whole `csc-report build`. A slice of the text
 * is one allocation per field (docs/performance.md "Whole process").
 */
import type { CellValue } from '../engine/types';

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

export function parseCsv(text: string): string[][] {
  return scan(text, '');
}

/** As parseCsv, with every empty field null (a blank cell, as a worksheet gives it). */
export function parseCsvValues(text: string): CellValue[][] {
  return scan<null>(text, null);
}

function scan<E extends string | null>(text: string, empty: E): (string | E)[][] {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const rows: (string | E)[][] = [];
  let row: (string | E)[] = [];
  let i = start;
  while (i < n) {
    // At the start of a field.
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      value = '';
      let from = i + 1;
      i = from;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          // An unclosed quote runs to the end of the text.
          value += text.slice(from);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(from, q + 1);
          i = q + 2;
          from = i;
          continue;
        }
        value += text.slice(from, q);
        i = q + 1;
        break;
      }
      // Anything between the closing quote and the next separator belongs to the field.
      const end = fieldEnd(text, i, n);
      if (end > i) value += text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, n);
      value = text.slice(i, end);
      i = end;
    }
    // An empty quoted field alone on the last line (`""` with no line end) makes no row.
    if (i >= n && value === '' && row.length === 0) break;
    row.push(value === '' ? empty : value);
    if (i >= n) break;
    const separator = text.charCodeAt(i);
    i++;
    if (separator === COMMA) {
      // A comma that ends the text leaves one more, empty, field.
      if (i >= n) row.push(empty);
      continue;
    }
    if (separator === CR && text.charCodeAt(i) === LF) i++;
    rows.push(row);
    row = [];
  }
  // The last line needs no line end; a text ending in a line end adds no empty row.
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The index of the first comma or line end at or after `i` (or n). */
function fieldEnd(text: string, i: number, n: number): number {
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === COMMA || c === CR || c === LF) break;
    j++;
  }
  return j;
}

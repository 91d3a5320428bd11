/**
 * Rows that repeat an earlier row of the same list (same child, same key date), in blocks: the
 * mark of last quarter's extract left below a shorter new paste, or of a list pasted twice
 * (issue 10, "The quarterly refresh"). Two contacts of one child on one day can be real, so a
 * lone repeat means nothing and nothing is ever dropped: only runs of REPEAT_BLOCK_ROWS or more
 * consecutive repeated rows are counted, and they give one warning per list.
 *
 * Cost: one pass with an open-addressing hash table of row indexes (no strings built per row), so
 * the parse stays as fast as before (docs/performance.md, issue 10).
 */
import type { BaseRow } from '../lists';
import type { Day } from '../types';

/** Consecutive repeated rows that make a block (the "say 20 or more"). */
export const REPEAT_BLOCK_ROWS = 20;

export interface RepeatedRows {
  /** Worksheet row of the first repeated row in a block. */
  firstRow: number;
  /** Worksheet row of the last repeated row in a block. */
  lastRow: number;
  /** Repeated rows in blocks, in all. */
  count: number;
}

/** FNV-1a over the ID's UTF-16 units, mixed with the day. */
function hashOf(id: string, day: Day): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ day, 0x9e3779b1) >>> 0;
}

/**
 * The rows of `rows` (in sheet order) that lie in blocks of at least REPEAT_BLOCK_ROWS
 * consecutive rows each repeating an earlier row's child and `day(row)`; null when none.
 */
export function findRepeatedRows<R extends BaseRow>(rows: readonly R[], day: (row: R) => Day | null): RepeatedRows | null {
  if (rows.length < 2 * REPEAT_BLOCK_ROWS) return null;
  let size = 1;
  while (size < rows.length * 2) size <<= 1;
  const mask = size - 1;
  // Slot → row index + 1 (0 = empty).
  const slots = new Int32Array(size);
  let firstRow = 0;
  let lastRow = 0;
  let count = 0;
  let run = 0;
  const closeRun = (end: number): void => {
    if (run >= REPEAT_BLOCK_ROWS) {
      if (count === 0) firstRow = rows[end - run].row;
      lastRow = rows[end - 1].row;
      count += run;
    }
    run = 0;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const d = day(row);
    if (d === null) {
      closeRun(i);
      continue;
    }
    let slot = hashOf(row.childId, d) & mask;
    let repeated = false;
    for (;;) {
      const held = slots[slot];
      if (held === 0) {
        slots[slot] = i + 1;
        break;
      }
      const other = rows[held - 1];
      if (other.childId === row.childId && day(other) === d) {
        repeated = true;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (repeated) run++;
    else closeRun(i);
  }
  closeRun(rows.length);
  return count === 0 ? null : { firstRow, lastRow, count };
}

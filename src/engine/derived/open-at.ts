/**
 * "Open at d" (indicators.md: start ≤ d and (end blank or end > d)), written once: `isOpenAt` for
 * one row and one date, and over numbered children at many dates: each row becomes a bit mask of
 * the snapshot dates (ascending, at most 30: month ends) it is open at — two binary searches, no
 * loop over the months — and masks are OR-ed per child, so a child with several periods counts
 * once and the union of lists (#16) is a bitwise OR.
 */
import type { Day } from '../types';
import { lowerBound } from '../search';

export const MAX_SNAPSHOT_DATES = 30;

/** A row with a start and an optional end (a CIN episode, a plan, a period of care). */
export interface OpenRow {
  start: Day;
  end: Day | null;
}

/** The one statement of "open at d": start ≤ d and (end blank or end > d). */
export function isOpenAt(row: OpenRow, d: Day): boolean {
  return row.start <= d && (row.end === null || row.end > d);
}

/**
 * Bits [first, afterLast) of the snapshot dates at which [start, end) is open: the dates d with
 * start ≤ d (from the first date ≥ start) and end > d (before the first date ≥ end) — isOpenAt
 * for every date at once.
 */
export function openBits(start: Day, end: Day | null, dates: readonly Day[]): number {
  const first = lowerBound(dates, start);
  const afterLast = end === null ? dates.length : lowerBound(dates, end);
  return first < afterLast ? ((1 << afterLast) - 1) ^ ((1 << first) - 1) : 0;
}

/** Per child: the OR of the open bits of its counted rows (`counted` null = every row counts). */
export function childOpenMasks(rows: readonly OpenRow[], childOfRow: Int32Array, counted: Uint8Array | null, dates: readonly Day[], childCount: number): Int32Array {
  if (dates.length > MAX_SNAPSHOT_DATES) throw new Error(`At most ${MAX_SNAPSHOT_DATES} snapshot dates are supported`);
  const masks = new Int32Array(childCount);
  for (let i = 0; i < rows.length; i++) {
    if (counted !== null && counted[i] === 0) continue;
    const row = rows[i];
    masks[childOfRow[i]] |= openBits(row.start, row.end, dates);
  }
  return masks;
}

/** Children per snapshot date: how many masks have each bit set. */
export function countOpenChildren(masks: Int32Array, dateCount: number): number[] {
  const counts = new Array<number>(dateCount).fill(0);
  for (let c = 0; c < masks.length; c++) {
    let mask = masks[c];
    for (let i = 0; mask !== 0; i++, mask >>>= 1) if (mask & 1) counts[i] += 1;
  }
  return counts;
}

/** The bitwise OR of several children's masks (arrays may differ in length: later children were numbered later). */
export function unionMasks(parts: readonly Int32Array[], childCount: number): Int32Array {
  const union = new Int32Array(childCount);
  for (const part of parts) for (let c = 0; c < part.length; c++) union[c] |= part[c];
  return union;
}

/**
 * One row per child open at d: the one that started last (on a tie, the later worksheet row),
 * i.e. the child's current period or plan. Rows are returned in child-number order.
 */
export function currentRowsAt<T extends OpenRow & { row: number }>(rows: readonly T[], childOfRow: Int32Array, counted: Uint8Array | null, d: Day, childCount: number): T[] {
  const best = new Int32Array(childCount).fill(-1);
  for (let i = 0; i < rows.length; i++) {
    if (counted !== null && counted[i] === 0) continue;
    const row = rows[i];
    if (!isOpenAt(row, d)) continue;
    const c = childOfRow[i];
    const held = best[c];
    if (held < 0 || row.start > rows[held].start || (row.start === rows[held].start && row.row > rows[held].row)) best[c] = i;
  }
  const current: T[] = [];
  for (let c = 0; c < childCount; c++) if (best[c] >= 0) current.push(rows[best[c]]);
  return current;
}

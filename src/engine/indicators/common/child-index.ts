/**
 * Children as small integers. Every list is looked up by child many times (re-referrals, outcomes,
 * distinct counts, current rows, the union of #16); hashing the Child Unique ID text once per row
 * into one shared numbering lets every later step use typed arrays instead of Maps and Sets keyed
 * by text. Numbers are shared across lists, so "the same child in List 4" is the same number.
 */
import type { BaseRow } from '../../lists';

export class ChildIndex {
  private readonly numbers = new Map<string, number>();

  /** Children numbered so far (numbers run 0 … size − 1). */
  get size(): number {
    return this.numbers.size;
  }

  /** The child's number, or -1 for a child no interned list holds. */
  find(childId: string): number {
    return this.numbers.get(childId) ?? -1;
  }

  /**
   * The child number of every row of a list, in row order, giving the next free number to a child
   * not seen before. The look-up is written out in the loop rather than in a per-ID method: on a
   * build's first run this loop is mostly interpreted, where each call costs more than the Map
   * look-up itself (half the time at scale 1). A typed-array table keyed by numeric IDs was tried:
   * faster once optimised, twice as slow on a first run.
   */
  internRows(rows: readonly BaseRow[]): Int32Array {
    const numbers = this.numbers;
    const childOfRow = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const id = rows[i].childId;
      let child = numbers.get(id);
      if (child === undefined) numbers.set(id, (child = numbers.size));
      childOfRow[i] = child;
    }
    return childOfRow;
  }
}

/**
 * Days of one list grouped by child (compressed rows): child c's days, ascending, are
 * days[offsets[c]] … days[offsets[c + 1] − 1]. Built by a counting sort, so no per-child arrays.
 * Children numbered after the grouping was built have no days.
 */
export interface DaysByChild {
  offsets: Int32Array;
  days: Int32Array;
}

/** Marks "no day" (a blank date) in the Int32Array day columns below. */
export const NO_DAY = -2147483648;

// One loop per function below: a function is optimised as a whole once its loop is hot, and a
// later loop of the same function would then run without type feedback and deoptimise it (seen
// on first runs of the command line, where each of these runs once per list).

export function groupDaysByChild(childOfRow: Int32Array, dayOfRow: Int32Array, childCount: number): DaysByChild {
  const offsets = childOffsets(childOfRow, dayOfRow, childCount);
  const days = scatterDays(childOfRow, dayOfRow, offsets, childCount);
  sortSegments(days, offsets, childCount);
  return { offsets, days };
}

/** offsets[c] = number of days of children before c (a count per child, then a running sum). */
function childOffsets(childOfRow: Int32Array, dayOfRow: Int32Array, childCount: number): Int32Array {
  const offsets = new Int32Array(childCount + 1);
  for (let i = 0; i < childOfRow.length; i++) if (dayOfRow[i] !== NO_DAY) offsets[childOfRow[i] + 1] += 1;
  runningSum(offsets);
  return offsets;
}

function runningSum(values: Int32Array): void {
  for (let c = 1; c < values.length; c++) values[c] += values[c - 1];
}

/** Each non-blank day into its child's segment, in row order. */
function scatterDays(childOfRow: Int32Array, dayOfRow: Int32Array, offsets: Int32Array, childCount: number): Int32Array {
  const fill = offsets.slice(0, childCount);
  const days = new Int32Array(offsets[childCount]);
  for (let i = 0; i < childOfRow.length; i++) {
    const day = dayOfRow[i];
    if (day !== NO_DAY) days[fill[childOfRow[i]]++] = day;
  }
  return days;
}

function sortSegments(days: Int32Array, offsets: Int32Array, childCount: number): void {
  for (let c = 0; c < childCount; c++) sortSegment(days, offsets[c], offsets[c + 1]);
}

/** Insertion sort of days[from, to): a child has a handful of rows, usually already in date order. */
function sortSegment(days: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const day = days[i];
    let j = i - 1;
    while (j >= from && days[j] > day) {
      days[j + 1] = days[j];
      j--;
    }
    days[j + 1] = day;
  }
}

/** Start of child c's days (its end when c has none). */
export function firstOf(grouped: DaysByChild, child: number): number {
  return child >= 0 && child + 1 < grouped.offsets.length ? grouped.offsets[child] : 0;
}

/** End (exclusive) of child c's days. */
export function endOf(grouped: DaysByChild, child: number): number {
  return child >= 0 && child + 1 < grouped.offsets.length ? grouped.offsets[child + 1] : 0;
}

/** Index of the first day ≥ value in days[from, to) (to when none). */
export function lowerBoundIn(days: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first day > value in days[from, to) (to when none). */
export function upperBoundIn(days: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A date field of every row as an Int32Array (NO_DAY for blank), for the groupings above. */
export function dayColumn<T>(rows: readonly T[], field: keyof T): Int32Array {
  const column = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const day = rows[i][field] as unknown as number | null;
    column[i] = day === null || day === undefined ? NO_DAY : day;
  }
  return column;
}

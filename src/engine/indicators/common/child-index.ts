/**
 * Children as small integers. Every list is looked up by child many times (re-referrals, outcomes,
 * distinct counts, current rows, the union of #16); hashing the Child Unique ID text once per row
 * into one shared numbering lets every later step use typed arrays instead of Maps and Sets keyed
 * by text. Numbers are shared across lists, so "the same child in List 4" is the same number.
 */
import type { BaseRow } from '../../lists';
import { IntTable, plainNumberValue } from './int-table';

export class ChildIndex {
  /** IDs that are plain whole numbers, by value (the usual case: see int-table.ts). */
  private readonly byValue: IntTable;
  /** Every other ID, by its text. */
  private readonly byText = new Map<string, number>();
  private count = 0;

  /** expectedIds: at most how many IDs will be numbered (the rows to number), so the table need not grow. */
  constructor(expectedIds = 1024) {
    this.byValue = new IntTable(expectedIds);
  }

  /** Children numbered so far (numbers run 0 … size − 1). */
  get size(): number {
    return this.count;
  }

  /** The child's number, giving the next free one to a child not seen before. */
  intern(childId: string): number {
    const value = plainNumberValue(childId);
    if (value >= 0) {
      const known = this.byValue.get(value);
      if (known >= 0) return known;
      this.byValue.add(value, this.count);
      return this.count++;
    }
    const known = this.byText.get(childId);
    if (known !== undefined) return known;
    this.byText.set(childId, this.count);
    return this.count++;
  }

  /** The child's number, or -1 for a child no interned list holds. */
  find(childId: string): number {
    const value = plainNumberValue(childId);
    return value >= 0 ? this.byValue.get(value) : this.byText.get(childId) ?? -1;
  }

  /** The child number of every row of a list, in row order. */
  internRows(rows: readonly BaseRow[]): Int32Array {
    const childOfRow = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) childOfRow[i] = this.intern(rows[i].childId);
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

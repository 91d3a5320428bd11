/**
 * One date field of a list grouped by child: the per-child timelines that "the same child has
 * another event in a window" is searched in (src/engine/indicators/kernels).
 */

/**
 * Compressed rows: child c's days, ascending, are days[offsets[c]] … days[offsets[c + 1] − 1].
 * Built by a counting sort, so no per-child arrays. Children numbered after the grouping was
 * built have no days.
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

/** A date field of every row as an Int32Array (NO_DAY for blank), for the groupings above. */
export function dayColumn<T>(rows: readonly T[], field: keyof T): Int32Array {
  const column = new Int32Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const day = rows[i][field] as unknown as number | null;
    column[i] = day === null || day === undefined ? NO_DAY : day;
  }
  return column;
}

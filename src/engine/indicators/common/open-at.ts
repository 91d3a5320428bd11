/**
 * "Open at d" counts (indicators.md): start ≤ d and (end blank or end > d). Distinct children are
 * counted with one bit mask per child over the snapshot dates, so several periods of one child
 * count once, and unions over lists (#16) are a bitwise OR.
 */
import type { Day } from '../../types';
import { lowerBound } from './search';

export interface Interval {
  childId: string;
  start: Day;
  end: Day | null;
}

/** Bit mask of the snapshot dates (ascending, at most 30) at which the interval is open. */
export function openMask(interval: Interval, dates: readonly Day[]): number {
  const first = lowerBound(dates, interval.start); // first date ≥ start
  const afterLast = interval.end === null ? dates.length : lowerBound(dates, interval.end); // dates < end
  let mask = 0;
  for (let i = first; i < afterLast; i++) mask |= 1 << i;
  return mask;
}

/** OR the open masks of the intervals into `masks`, per child. */
export function addOpenMasks(masks: Map<string, number>, intervals: Iterable<Interval>, dates: readonly Day[]): Map<string, number> {
  if (dates.length > 30) throw new Error('At most 30 snapshot dates are supported');
  for (const interval of intervals) {
    const mask = openMask(interval, dates);
    if (mask !== 0) masks.set(interval.childId, (masks.get(interval.childId) ?? 0) | mask);
  }
  return masks;
}

/** Children per snapshot date from per-child masks. */
export function countMasks(masks: Map<string, number>, dateCount: number): number[] {
  const counts = new Array<number>(dateCount).fill(0);
  for (const mask of masks.values()) {
    for (let i = 0; i < dateCount; i++) if (mask & (1 << i)) counts[i] += 1;
  }
  return counts;
}

/** Distinct children with an interval open at each date. */
export function openChildCounts(intervals: Iterable<Interval>, dates: readonly Day[]): number[] {
  return countMasks(addOpenMasks(new Map(), intervals, dates), dates.length);
}

export function isOpenAt(interval: Interval, d: Day): boolean {
  return interval.start <= d && (interval.end === null || interval.end > d);
}

/**
 * One row per child open at d: the one that started last (on a tie, the later row), i.e. the
 * child's current period, so a child with two overlapping rows counts once.
 */
export function currentRowPerChild<T extends Interval & { row: number }>(rows: readonly T[], d: Day): T[] {
  const current = new Map<string, T>();
  for (const row of rows) {
    if (!isOpenAt(row, d)) continue;
    const held = current.get(row.childId);
    if (!held || row.start > held.start || (row.start === held.start && row.row > held.row)) current.set(row.childId, row);
  }
  return [...current.values()];
}

/** Rows (events) with a date in each month: counts per month index. */
export function countByMonth<T>(rows: readonly T[], dateOf: (row: T) => Day | null, monthIndex: (d: Day) => number, monthCount: number): number[] {
  const counts = new Array<number>(monthCount).fill(0);
  for (const row of rows) {
    const d = dateOf(row);
    if (d === null) continue;
    const i = monthIndex(d);
    if (i >= 0) counts[i] += 1;
  }
  return counts;
}

/** Running total. */
export function cumulative(values: readonly number[]): number[] {
  let total = 0;
  return values.map((v) => (total += v));
}


/**
 * The one binary search of the engine (d3-array's bisectLeft / bisectRight), over any ascending
 * run of numbers — plain arrays (holiday lists, snapshot dates) and typed arrays (per-child date
 * segments) alike — with optional bounds [lo, hi) so a child's segment of a shared array is
 * searched in place.
 */

/** Index of the first element ≥ value in sorted[lo, hi) (hi when none). */
export function lowerBound(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first element > value in sorted[lo, hi) (hi when none). */
export function upperBound(sorted: ArrayLike<number>, value: number, lo = 0, hi = sorted.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

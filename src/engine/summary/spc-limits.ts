/**
 * XmR limits (summary.md "Signals", NHS England "Making Data Count"): the mean of the points,
 * the mean moving range MR̄ (no screening of large ranges), process limits mean ± 2.66 × MR̄ and
 * the two-sigma lines mean ± (2/3) × 2.66 × MR̄. No rebasing.
 */

/** Points needed for limits and signals. */
export const MIN_POINTS = 15;
const SCALING = 2.66;

export interface XmrLimits {
  mean: number;
  upper: number;
  lower: number;
  /** mean ± two sigma: a point beyond one of these counts towards the two-of-three rule. */
  upperTwoSigma: number;
  lowerTwoSigma: number;
}

/**
 * Limits of the points (nulls are months without a value: skipped, and the moving range runs
 * between the values either side of them); null with fewer than MIN_POINTS values.
 */
export function xmrLimits(values: readonly (number | null)[]): XmrLimits | null {
  const points = values.filter((v): v is number => v !== null);
  if (points.length < MIN_POINTS) return null;
  const mean = points.reduce((s, v) => s + v, 0) / points.length;
  let ranges = 0;
  for (let i = 1; i < points.length; i++) ranges += Math.abs(points[i] - points[i - 1]);
  const meanRange = ranges / (points.length - 1);
  const sigma3 = SCALING * meanRange;
  const sigma2 = (2 / 3) * sigma3;
  return { mean, upper: mean + sigma3, lower: mean - sigma3, upperTwoSigma: mean + sigma2, lowerTwoSigma: mean - sigma2 };
}

/** Rounded to 2 decimal places for the JSON (half away from zero). */
export function round2(x: number): number {
  const scaled = Math.round(Math.abs(x) * 100 + 1e-9) / 100;
  return x < 0 ? -scaled : scaled;
}

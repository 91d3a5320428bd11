/**
 * Exact rounding of percentages and rates (indicators.md "Period and conventions"): half away from
 * zero to 1 decimal place, computed in integer arithmetic so that 100 × 49 ÷ 392 = 12.5 and
 * 12.25 → 12.3 come out right (a binary floating-point quotient can land just below .x5).
 */

/** floor(a / b) for non-negative safe integers a and b > 0, corrected so it is exact. */
function exactFloorDiv(a: number, b: number): number {
  let q = Math.floor(a / b);
  if (q * b > a) q -= 1;
  else if ((q + 1) * b <= a) q += 1;
  return q;
}

/** round(scale × num ÷ den × 10) ÷ 10, half up, for non-negative integer num and positive den. */
function roundScaled(num: number, den: number, scale: number): number | null {
  if (!den) return null;
  // round(10 × scale × num / den) = floor((2 × 10 × scale × num + den) / (2 × den))
  return exactFloorDiv(20 * scale * num + den, 2 * den) / 10;
}

/** 100 × num ÷ den to 1 dp; null when den is 0. */
export function percent(num: number, den: number): number | null {
  return roundScaled(num, den, 100);
}

/** Rate per 10,000: 10,000 × count ÷ population to 1 dp; null when the population is 0. */
export function rate(count: number, population: number): number | null {
  return roundScaled(count, population, 10_000);
}

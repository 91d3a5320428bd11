/**
 * The authority's figure beside district figures: the sum of the districts for counts (the
 * districts, Outside the authority and Unknown included, add up to it), and the percentage or rate
 * recomputed exactly from the summed numerators and denominators. Suppressed like any value:
 * a count of 1..T−1, or a ratio whose numerator is 1..T−1 or whose denominator is below T.
 */
import { percent, rate } from '../engine/rounding';
import type { Series } from '../engine/results';
import type { TableValue } from './tables';

function sumOf(values: readonly (number | null)[] | undefined): number | null {
  if (!values) return null;
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

function isSmall(n: number, threshold: number): boolean {
  return threshold > 0 && n >= 1 && n < threshold;
}

function ratioValue(unit: 'percent' | 'rate', numerator: number | null, denominator: number | null, threshold: number): TableValue {
  if (numerator === null || denominator === null || denominator === 0) return { value: null, suppressed: false, unit };
  const value = unit === 'percent' ? percent(numerator, denominator) : rate(numerator, denominator);
  const suppressed = isSmall(numerator, threshold) || (threshold > 0 && denominator < threshold);
  return { value, suppressed, unit };
}

/** The authority figure of one district-block series (categories = districts). */
export function authorityFigure(series: Series, population: number, threshold: number): TableValue {
  if (series.unit === 'count') {
    const total = sumOf(series.values) ?? 0;
    return { value: total, suppressed: isSmall(total, threshold), unit: 'count' };
  }
  if (series.unit === 'rate') return ratioValue('rate', sumOf(series.numerator), population, threshold);
  return ratioValue('percent', sumOf(series.numerator), sumOf(series.denominator), threshold);
}

/** The authority's percentage in category i of a block whose series are districts (cp-category-pct). */
export function authorityPercentAcross(series: readonly Series[], i: number, threshold: number): TableValue {
  const pick = (arrays: ((number | null)[] | undefined)[]) =>
    arrays.every((a) => a !== undefined) ? arrays.reduce<number>((sum, a) => sum + ((a as (number | null)[])[i] ?? 0), 0) : null;
  return ratioValue('percent', pick(series.map((s) => s.numerator)), pick(series.map((s) => s.denominator)), threshold);
}

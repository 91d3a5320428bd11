/** Series builders: counts, percentages and rates with their numerators and denominators. */
import type { Series } from '../../results';
import { percent, rate } from '../../rounding';

function notSuppressed(length: number): boolean[] {
  return new Array<boolean>(length).fill(false);
}

export function countSeries(name: string, values: readonly (number | null)[]): Series {
  return { name, unit: 'count', values: [...values], suppressed: notSuppressed(values.length) };
}

/**
 * Percent series 100 × numerator ÷ denominator. `numeratorSeries` names the count series of the
 * same table that holds the numerator (its suppression carries over), when the table shows it.
 */
export function percentSeries(name: string, numerator: readonly number[], denominator: readonly number[], numeratorSeries?: string): Series {
  const series: Series = {
    name,
    unit: 'percent',
    values: numerator.map((n, i) => percent(n, denominator[i])),
    suppressed: notSuppressed(numerator.length),
    numerator: [...numerator],
    denominator: [...denominator],
  };
  if (numeratorSeries !== undefined) series.numeratorSeries = numeratorSeries;
  return series;
}

/** Rate per 10,000 of one population (the same for every category). */
export function rateSeries(name: string, counts: readonly number[], population: number, numeratorSeries?: string): Series {
  const series: Series = {
    name,
    unit: 'rate',
    values: counts.map((c) => rate(c, population)),
    suppressed: notSuppressed(counts.length),
    numerator: [...counts],
    denominator: counts.map(() => population),
  };
  if (numeratorSeries !== undefined) series.numeratorSeries = numeratorSeries;
  return series;
}

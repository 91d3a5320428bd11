/**
 * Helpers shared by the district blocks: the category list (configured districts, then
 * "Outside the authority", then "Unknown": every block uses the full list so that the districts
 * always add up to the authority figure), counts by district, and rates per 10,000 of each
 * district's population (null for Outside/Unknown, which have no population).
 */
import type { DistrictBlock, DistrictBlockId, Series } from '../results';
import type { Settings } from '../settings/types';
import { percent, rate } from '../rounding';
import { OUTSIDE_AUTHORITY, UNKNOWN_DISTRICT } from './resolve';

export function districtNames(settings: Settings): string[] {
  return [...settings.districts.map((d) => d.name), OUTSIDE_AUTHORITY, UNKNOWN_DISTRICT];
}

/** Population per district name, null for Outside/Unknown. */
export function districtPopulations(settings: Settings): (number | null)[] {
  return districtNames(settings).map((name) => settings.districts.find((d) => d.name === name)?.population ?? null);
}

/** Count items per district; an unexpected district name counts as Unknown. */
export function countByDistrict<T>(items: readonly T[], names: readonly string[], districtOf: (item: T) => string): number[] {
  const index = new Map(names.map((n, i) => [n, i]));
  const unknown = names.indexOf(UNKNOWN_DISTRICT);
  const counts = new Array<number>(names.length).fill(0);
  for (let i = 0; i < items.length; i++) counts[index.get(districtOf(items[i])) ?? unknown] += 1;
  return counts;
}

function flags(length: number): boolean[] {
  return new Array<boolean>(length).fill(false);
}

export function districtCountSeries(name: string, counts: readonly number[]): Series {
  return { name, unit: 'count', values: [...counts], suppressed: flags(counts.length) };
}

export function districtPercentSeries(name: string, numerator: readonly number[], denominator: readonly number[]): Series {
  return {
    name,
    unit: 'percent',
    values: numerator.map((n, i) => percent(n, denominator[i])),
    suppressed: flags(numerator.length),
    numerator: [...numerator],
    denominator: [...denominator],
  };
}

export function districtRateSeries(counts: readonly number[], populations: readonly (number | null)[], numeratorSeries?: string): Series {
  const series: Series = {
    name: 'Rate',
    unit: 'rate',
    values: counts.map((c, i) => (populations[i] === null ? null : rate(c, populations[i] as number))),
    suppressed: flags(counts.length),
    numerator: [...counts],
    denominator: [...populations],
  };
  if (numeratorSeries !== undefined) series.numeratorSeries = numeratorSeries;
  return series;
}

export interface BlockHead {
  id: DistrictBlockId;
  title: string;
  definition: string;
}

export function availableBlock(head: BlockHead, categories: string[], series: Series[]): DistrictBlock {
  return { ...head, available: true, reason: null, categories, series };
}

export function unavailableBlock(head: BlockHead, categories: string[], reason: string): DistrictBlock {
  return { ...head, available: false, reason, categories, series: [] };
}

/**
 * A number block and its rate per 10,000 of each district's population (CP at S, CIN local
 * definition): the two heads follow one pattern, `<id>-number` / `<id>-rate`, the rate titled
 * "<title> – rate per 10,000 aged under 18".
 */
export interface NumberAndRate {
  id: 'cp' | 'cin-local';
  title: string;
  /** What the number block counts, and what the rate divides. */
  numberDefinition: string;
  rateDefinition: string;
  /** The name of the number series. */
  seriesName: string;
}

function numberAndRateHeads(spec: NumberAndRate): [BlockHead, BlockHead] {
  return [
    { id: `${spec.id}-number`, title: spec.title, definition: spec.numberDefinition },
    { id: `${spec.id}-rate`, title: `${spec.title} – rate per 10,000 aged under 18`, definition: spec.rateDefinition },
  ];
}

/** The two blocks from counts by district, or both unavailable for `reason` (counts null). */
export function numberAndRateBlocks(spec: NumberAndRate, settings: Settings, counts: readonly number[] | null, reason: string): DistrictBlock[] {
  const names = districtNames(settings);
  const [number, rate] = numberAndRateHeads(spec);
  if (counts === null) return [unavailableBlock(number, names, reason), unavailableBlock(rate, names, reason)];
  return [
    availableBlock(number, names, [districtCountSeries(spec.seriesName, counts)]),
    availableBlock(rate, names, [districtRateSeries(counts, districtPopulations(settings))]),
  ];
}

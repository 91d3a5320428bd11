/**
 * One palette for every chart, so a series looks the same wherever it appears: the authority (or
 * the district a profile is about) strong blue, previous year grey, each benchmark its own colour
 * and dashed.
 */

export const COLOURS = {
  authority: '#1F4E9A',
  previousYear: '#A6A6A6',
  comparator: '#7F7F7F',
  england: '#C00000',
  region: '#ED7D31',
  statisticalNeighbours: '#70AD47',
  secondary: '#5B9BD5',
  monthEndLine: '#7030A0',
} as const;

/** Further series (districts side by side, second authority series) in a fixed order. */
export const SERIES_CYCLE = ['#1F4E9A', '#5B9BD5', '#FFC000', '#7030A0', '#264478', '#9E480E', '#43682B', '#636363', '#997300', '#255E91'];

const BENCHMARK_COLOURS: Record<string, string> = {
  England: COLOURS.england,
  Region: COLOURS.region,
  'Statistical neighbours': COLOURS.statisticalNeighbours,
};

/** Colour of a benchmark series by its name, or null when the name is not a benchmark. */
export function benchmarkColour(name: string): string | null {
  return BENCHMARK_COLOURS[name] ?? null;
}

/** Colour of the n-th non-benchmark series of a chart (0 = the authority's own). */
export function cycleColour(index: number): string {
  return SERIES_CYCLE[index % SERIES_CYCLE.length];
}

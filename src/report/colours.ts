/**
 * One palette for every chart, so a series looks the same wherever it appears: the Government
 * Analysis Function's accessible chart colours (analysisfunction.civilservice.gov.uk, "Data
 * visualisation: colours in charts"; the hex codes as published in the afcharts packages; see
 * docs/report-layout.md). The authority (or the district a profile is about) takes the strongest
 * colour, dark blue; comparators are the focus palette's grey; each benchmark has its own colour
 * AND its own line style and marker (report/series-style.ts), so colour never carries meaning alone.
 */
import type { LineStyle, MarkerStyle } from './model';

/** The Analysis Function categorical palette, in its order (adjacent colours keep 3:1 contrast). */
export const AF_CATEGORICAL = ['#12436D', '#28A197', '#801650', '#F46A25', '#3D3D3D', '#A285D1'] as const;
/** The focus palette: the element in focus dark blue, everything else light grey. */
export const AF_FOCUS = { focus: '#12436D', other: '#BFBFBF' } as const;

export const COLOURS = {
  authority: AF_CATEGORICAL[0],
  previousYear: AF_FOCUS.other,
  /** The authority beside a district (a reference, not the subject): dark grey, still 3:1 against white. */
  comparator: AF_CATEGORICAL[4],
  /** Other districts beside the highlighted one. */
  otherArea: AF_FOCUS.other,
  england: AF_CATEGORICAL[3],
  region: AF_CATEGORICAL[1],
  statisticalNeighbours: AF_CATEGORICAL[2],
  secondary: AF_CATEGORICAL[1],
  monthEndLine: AF_CATEGORICAL[2],
} as const;

/** Further series (a second authority series, groups side by side) in the palette's order. */
const SERIES_CYCLE: readonly string[] = AF_CATEGORICAL;

interface BenchmarkStyle {
  color: string;
  lineStyle: LineStyle;
  marker: MarkerStyle;
}

const BENCHMARK_STYLES: Record<string, BenchmarkStyle> = {
  England: { color: COLOURS.england, lineStyle: 'dash', marker: 'square' },
  Region: { color: COLOURS.region, lineStyle: 'dashDot', marker: 'triangle' },
  'Statistical neighbours': { color: COLOURS.statisticalNeighbours, lineStyle: 'dot', marker: 'diamond' },
};

/** Colour, line style and marker of a benchmark series by its name, or null when the name is not a benchmark. */
export function benchmarkStyle(name: string): BenchmarkStyle | null {
  return BENCHMARK_STYLES[name] ?? null;
}

/** Colour of the n-th non-benchmark series of a chart (0 = the authority's own). */
export function cycleColour(index: number): string {
  return SERIES_CYCLE[index % SERIES_CYCLE.length];
}

/**
 * Which chart each indicator gets (outputs.md "Charts"), decided from the shape of its result:
 * breakdowns → bars with data labels; #21–23 → columns for the authority and each benchmark (one
 * series each, so every area keeps its palette colour); started/ceased/at month end → combination;
 * rates and percentages over months → lines with dashed benchmarks; monthly counts → columns.
 */
import type { Breakdown, IndicatorResult, Series, Unit } from '../engine/results';
import type { ChartType } from './model';
import type { ChartDraft, ChartSeriesDraft } from './drafts';
import { barChartHeight, LEGEND_HEAVY_HEIGHT, LEGEND_HEAVY_SERIES, PERCENT_AXIS_MAX } from './chart-size';
import { benchmarkStyle, COLOURS, cycleColour } from './colours';
import { numberFormatForUnit } from './styles';
import { categoryLabel } from './text';

export const MONTH_END_SERIES = 'At month end';
const STARTED_SERIES = 'Started';
const CEASED_SERIES = 'Ceased';
const PREVIOUS_YEAR_SERIES = 'Previous year';
/** Running totals would dwarf the monthly columns; they stay in the table. */
const TABLE_ONLY_SERIES = new Set(['Cumulative']);

export const VALUE_AXIS_TITLES: Record<Unit, string> = {
  count: 'Number',
  percent: 'Percent',
  rate: 'Rate per 10,000',
};

interface Placement {
  sheet: string;
  anchor: { row: number; col: number };
}

function draftSeries(s: Series, type: ChartType, color: string, name = s.name): ChartSeriesDraft {
  return {
    name,
    values: [...s.values],
    suppressed: s.values.map((_, i) => s.suppressed[i] ?? false),
    unit: s.unit,
    type,
    color,
    ...(type === 'line' ? benchmarkLine(s) : {}),
  };
}

/** A benchmark line is told apart by its dash pattern and marker as well as its colour. */
function benchmarkLine(s: Series): Pick<ChartSeriesDraft, 'lineStyle' | 'marker'> {
  if (!s.benchmark) return {};
  const style = benchmarkStyle(s.name);
  return { lineStyle: style?.lineStyle ?? 'dash', marker: style?.marker ?? 'square' };
}

/** Colour of a series: benchmark colours by name, previous year grey, else the cycle from the authority's blue. */
function colourOf(s: Series, ownIndex: number): string {
  if (s.benchmark) return benchmarkStyle(s.name)?.color ?? cycleColour(ownIndex + 3);
  if (s.name === PREVIOUS_YEAR_SERIES) return COLOURS.previousYear;
  // A second own series (#8 'Percent in month') skips the benchmark colours (turquoise, pink, orange): dark grey.
  return ownIndex === 0 ? COLOURS.authority : cycleColour(ownIndex + 3);
}

/** "England, Region and Statistical neighbours". */
function listed(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function baseDraft(
  id: string,
  title: string,
  place: Placement,
  categories: string[],
): Omit<ChartDraft, 'series' | 'valueAxisTitle' | 'numberFormat' | 'dataLabels' | 'categoryAxisTitle' | 'kind' | 'description'> {
  return { id, title, sheet: place.sheet, anchor: place.anchor, categories: categories.map(categoryLabel), categoryKeys: categories };
}

/** "1. Total contacts received": the chart carries the indicator's number, like its section. */
export function numberedTitle(ind: Pick<IndicatorResult, 'id' | 'title'>): string {
  return `${ind.id}. ${ind.title}`;
}

/** Percent axes stop at 100 (Excel's automatic maximum would run to 120). */
function percentAxis(unit: Unit): Pick<ChartDraft, 'valueAxisMax'> {
  return unit === 'percent' ? { valueAxisMax: PERCENT_AXIS_MAX } : {};
}

/**
 * Above this, Excel's automatic maximum for a percentage line would pass 100, so the axis is
 * capped there; below it the axis scales itself, so that a trend of 1–25% is not flattened
 * against a 0–100 scale.
 */
const PERCENT_LINE_CAP_FROM = 80;

function percentLineAxis(unit: Unit, series: readonly Series[]): Pick<ChartDraft, 'valueAxisMax'> {
  const highest = Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  return unit === 'percent' && highest > PERCENT_LINE_CAP_FROM ? { valueAxisMax: PERCENT_AXIS_MAX } : {};
}

function breakdownBars(id: string, title: string, categories: string[], series: Series[], place: Placement): ChartDraft | null {
  const counts = series.find((s) => s.unit === 'count' && !s.benchmark);
  if (!counts) return null;
  return {
    ...baseDraft(id, title, place, categories),
    height: barChartHeight(categories.length, 1),
    kind: 'bar',
    description: `Horizontal bars: ${counts.name.toLowerCase()} in each group, in the order of the table, each bar labelled with its number.`,
    categoryAxisTitle: null,
    valueAxisTitle: VALUE_AXIS_TITLES.count,
    series: [draftSeries(counts, 'bar', COLOURS.authority)],
    dataLabels: true,
    numberFormat: numberFormatForUnit('count'),
  };
}

/**
 * #21 has no published benchmark: its percentage alone would be a chart of one bar, which says
 * nothing. It shows the cohort beside the number in touch instead (the percentage is in the table).
 */
function cohortColumns(ind: IndicatorResult, place: Placement): ChartDraft | null {
  const counts = ind.series.filter((s) => s.unit === 'count' && !s.benchmark);
  if (counts.length < 2) return null;
  return {
    ...baseDraft(chartId(ind.id), numberedTitle(ind), place, ind.categories),
    kind: 'column',
    description: `Columns: ${listed(counts.map((s) => s.name.toLowerCase()))} in ${ind.categories.map(categoryLabel).join(', ')}, each labelled with its number.`,
    categoryAxisTitle: null,
    valueAxisTitle: VALUE_AXIS_TITLES.count,
    series: counts.map((s, i) => draftSeries(s, 'column', i === 0 ? COLOURS.previousYear : COLOURS.authority)),
    dataLabels: true,
    numberFormat: numberFormatForUnit('count'),
  };
}

/** #21–23: the authority's percentage and each benchmark as its own column series. */
function careLeaverColumns(ind: IndicatorResult, authority: string, place: Placement): ChartDraft | null {
  const own = ind.series.find((s) => s.unit === 'percent' && !s.benchmark);
  if (!own) return null;
  const benchmarks = ind.series.filter((s) => s.benchmark);
  if (benchmarks.length === 0) return cohortColumns(ind, place);
  return {
    ...baseDraft(chartId(ind.id), numberedTitle(ind), place, ind.categories),
    ...percentAxis('percent'),
    kind: 'column',
    description: `Columns: ${authority}'s percentage beside ${listed(benchmarks.map((b) => b.name))}, each labelled with its value.`,
    categoryAxisTitle: null,
    valueAxisTitle: VALUE_AXIS_TITLES.percent,
    series: [draftSeries(own, 'column', COLOURS.authority, authority), ...benchmarks.map((b) => draftSeries(b, 'column', colourOf(b, 0)))],
    dataLabels: true,
    numberFormat: numberFormatForUnit('percent'),
  };
}

/** #10, #12, #17: started and ceased as columns, the number at month end as a line on a secondary axis. */
function startedCeasedCombo(ind: IndicatorResult, place: Placement): ChartDraft {
  const pick = (name: string) => ind.series.find((s) => s.name === name);
  const started = pick(STARTED_SERIES);
  const ceased = pick(CEASED_SERIES);
  const monthEnd = pick(MONTH_END_SERIES) as Series;
  const columns = [started, ceased].filter((s): s is Series => s !== undefined);
  return {
    ...baseDraft(chartId(ind.id), numberedTitle(ind), place, ind.categories),
    kind: 'combination',
    description: `Columns: ${listed(columns.map((s) => s.name.toLowerCase()))} in each month; line: the number at month end, on the right-hand axis.`,
    categoryAxisTitle: 'Month',
    valueAxisTitle: 'Started / ceased',
    secondaryValueAxisTitle: 'Number at month end',
    series: [
      ...columns.map((s, i) => draftSeries(s, 'column', i === 0 ? COLOURS.authority : COLOURS.secondary)),
      { ...draftSeries(monthEnd, 'line', COLOURS.monthEndLine), secondaryAxis: true },
    ],
    dataLabels: false,
    numberFormat: numberFormatForUnit('count'),
  };
}

function monthlyLines(ind: IndicatorResult, place: Placement): ChartDraft {
  const own = ind.series.filter((s) => s.unit !== 'count' && !s.benchmark);
  const benchmarks = ind.series.filter((s) => s.benchmark);
  const unit = own[0].unit;
  const seriesCount = own.length + benchmarks.length;
  return {
    ...baseDraft(chartId(ind.id), numberedTitle(ind), place, ind.categories),
    ...percentLineAxis(unit, [...own, ...benchmarks]),
    ...(seriesCount >= LEGEND_HEAVY_SERIES ? { height: LEGEND_HEAVY_HEIGHT } : {}),
    kind: 'line',
    description:
      `Lines: ${listed(own.map((s) => s.name.toLowerCase()))} each month` +
      (benchmarks.length > 0 ? `, with ${listed(benchmarks.map((b) => b.name))} as reference lines, each in its own dash pattern and marker.` : '.'),
    categoryAxisTitle: 'Month',
    valueAxisTitle: VALUE_AXIS_TITLES[unit],
    series: [...own.map((s, i) => draftSeries(s, 'line', colourOf(s, i))), ...benchmarks.map((b) => draftSeries(b, 'line', colourOf(b, 0)))],
    dataLabels: false,
    numberFormat: numberFormatForUnit(unit),
  };
}

function monthlyColumns(ind: IndicatorResult, place: Placement): ChartDraft | null {
  const counts = ind.series.filter((s) => s.unit === 'count' && !s.benchmark && !TABLE_ONLY_SERIES.has(s.name));
  if (counts.length === 0) return null;
  return {
    ...baseDraft(chartId(ind.id), numberedTitle(ind), place, ind.categories),
    kind: 'column',
    description: `Columns: ${listed(counts.map((s) => s.name.toLowerCase()))} in each month.`,
    categoryAxisTitle: 'Month',
    valueAxisTitle: VALUE_AXIS_TITLES.count,
    series: counts.map((s, i) => draftSeries(s, 'column', colourOf(s, i))),
    dataLabels: false,
    numberFormat: numberFormatForUnit('count'),
  };
}

/** outputs.md "Charts": a month-end number with started/ceased is a combination (#10 looked after, #12 plans, #17 in need). */
const STARTED_CEASED_INDICATORS: ReadonlySet<number> = new Set([10, 12, 17]);

/** "ind-09": the chart id of an indicator (unique in the workbook). */
export function chartId(indicatorId: number): string {
  return `ind-${indicatorId < 10 ? '0' : ''}${indicatorId}`;
}

/** The main chart of an available indicator, or null when it has nothing to plot. */
export function indicatorChart(ind: IndicatorResult, authority: string, place: Placement): ChartDraft | null {
  if (ind.series.length === 0 || ind.categories.length === 0) return null;
  if (ind.kind === 'breakdown') return breakdownBars(chartId(ind.id), numberedTitle(ind), ind.categories, ind.series, place);
  if (ind.kind === 'period') return careLeaverColumns(ind, authority, place);
  if (STARTED_CEASED_INDICATORS.has(ind.id) && ind.series.some((s) => s.name === MONTH_END_SERIES)) return startedCeasedCombo(ind, place);
  if (ind.series.some((s) => s.unit !== 'count' && !s.benchmark)) return monthlyLines(ind, place);
  return monthlyColumns(ind, place);
}

/** The bar chart of a #21/#23 breakdown table. */
export function breakdownTableChart(ind: IndicatorResult, breakdown: Breakdown, place: Placement): ChartDraft | null {
  if (breakdown.categories.length === 0) return null;
  return breakdownBars(`${chartId(ind.id)}-breakdown`, `${numberedTitle(ind)}: breakdown`, breakdown.categories, breakdown.series, place);
}

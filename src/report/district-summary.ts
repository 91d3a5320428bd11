/**
 * The `District Summary` sheet: every district block with the districts side by side (rows =
 * districts, columns = the block's series, a total row with the authority figure), each with a
 * column chart. The category-of-abuse block is turned round: rows = categories, one column per
 * district and one for the authority.
 */
import type { DistrictBlock, Results, Series } from '../engine/results';
import type { ChartDraft, SheetDraft } from './drafts';
import { authorityFigure, authorityPercentAcross } from './authority-figures';
import { barChartHeight, EXTRA_WIDE_CHART_WIDTH, LEGEND_HEAVY_HEIGHT, MAX_LABELLED_POINTS, PERCENT_AXIS_MAX, WIDE_CHART_WIDTH } from './chart-size';
import { COLOURS, cycleColour } from './colours';
import { VALUE_AXIS_TITLES } from './indicator-charts';
import { sectionedSheet, type Placement, type SectionContent } from './section';
import { numberFormatForUnit } from './styles';
import type { TableDraft, TableOptions, TableRow } from './tables';
import { categoryLabel } from './text';
import { titleBlock } from './title-block';

export const DISTRICT_SUMMARY_SHEET = 'District Summary';
export const DISTRICT_TAB_COLOUR = '#2E75B6';
export const CP_CATEGORY_BLOCK = 'cp-category-pct';

export interface DistrictContext extends TableOptions {
  authority: string;
  population: number;
}

function cell(s: Series, i: number) {
  return { value: s.values[i] ?? null, suppressed: s.suppressed[i] ?? false, unit: s.unit };
}

function districtRowsTable(block: DistrictBlock, ctx: DistrictContext): TableDraft {
  const rows: TableRow[] = block.categories.map((c, i) => ({ label: c, values: block.series.map((s) => cell(s, i)) }));
  rows.push({ label: ctx.authority, values: block.series.map((s) => authorityFigure(s, ctx.population, ctx.threshold)), total: true });
  return { header: ['District', ...block.series.map((s) => categoryLabel(s.name))], rows };
}

function categoryRowsTable(block: DistrictBlock, ctx: DistrictContext): TableDraft {
  const rows: TableRow[] = block.categories.map((c, i) => ({
    label: c,
    values: [...block.series.map((s) => cell(s, i)), authorityPercentAcross(block.series, i, ctx.threshold)],
  }));
  return { header: ['Category', ...block.series.map((s) => s.name), ctx.authority], rows };
}

/** Two dated series: the earlier (previous quarter end) grey, the later (S) the authority's blue. */
function summaryColour(block: DistrictBlock, index: number): string {
  if (block.series.length === 2 && block.id === 'cla-by-placement-district') return index === 0 ? COLOURS.previousYear : COLOURS.authority;
  return cycleColour(index);
}

/**
 * Districts side by side read best as horizontal bars: the area names stay horizontal and whole
 * (as columns, eight names were rotated), and the chart grows with the bars. The categories of
 * abuse (6 groups × 8 areas) stay clustered columns, wide, under their wide table.
 */
function summaryChart(block: DistrictBlock, place: Placement): ChartDraft | null {
  if (block.series.length === 0 || block.categories.length === 0) return null;
  const unit = block.series[0].unit;
  const isCategoryBlock = block.id === CP_CATEGORY_BLOCK;
  const type = isCategoryBlock ? ('column' as const) : ('bar' as const);
  const labelled = block.series.length <= 2 && block.categories.length <= MAX_LABELLED_POINTS;
  return {
    id: `summary-${block.id}`,
    sheet: place.sheet,
    anchor: place.anchor,
    title: block.title,
    categoryAxisTitle: null,
    valueAxisTitle: VALUE_AXIS_TITLES[unit],
    categories: block.categories.map(categoryLabel),
    series: block.series.map((s, i) => ({
      name: categoryLabel(s.name),
      values: [...s.values],
      suppressed: s.values.map((_, j) => s.suppressed[j] ?? false),
      unit: s.unit,
      type,
      color: summaryColour(block, i),
    })),
    dataLabels: labelled,
    numberFormat: numberFormatForUnit(unit),
    width: isCategoryBlock ? EXTRA_WIDE_CHART_WIDTH : WIDE_CHART_WIDTH,
    height: isCategoryBlock ? LEGEND_HEAVY_HEIGHT : barChartHeight(block.categories.length, block.series.length),
    ...(unit === 'percent' ? { valueAxisMax: PERCENT_AXIS_MAX } : {}),
  };
}

function blockSection(block: DistrictBlock, ctx: DistrictContext): SectionContent {
  if (!block.available) {
    return { title: block.title, definition: block.definition, unavailableReason: block.reason ?? 'no data', blocks: [], warnings: [] };
  }
  const table = block.id === CP_CATEGORY_BLOCK ? categoryRowsTable(block, ctx) : districtRowsTable(block, ctx);
  // The categories-of-abuse table has a column per area: too wide for a chart beside it.
  const chartBelow = block.id === CP_CATEGORY_BLOCK;
  return { title: block.title, definition: block.definition, unavailableReason: null, blocks: [{ table, chart: (place) => summaryChart(block, place), chartBelow }], warnings: [] };
}

export function buildDistrictSummary(results: Results, ctx: DistrictContext): SheetDraft {
  const sections = results.districts.blocks.map((b) => blockSection(b, ctx));
  return sectionedSheet(DISTRICT_SUMMARY_SHEET, DISTRICT_TAB_COLOUR, titleBlock(results.authority, DISTRICT_SUMMARY_SHEET, results.period), sections, ctx);
}

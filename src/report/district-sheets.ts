/**
 * One profile sheet per configured district: each district block for that district alone, with the
 * authority figure beside it, and a chart per block. Counts chart the district only (the authority
 * is many times larger); percentages and rates chart the district beside the authority.
 */
import type { DistrictBlock, Results, Series } from '../engine/results';
import type { ChartDraft, ChartSeriesDraft, SheetDraft } from './drafts';
import { authorityFigure, authorityPercentAcross } from './authority-figures';
import { barChartHeight, PERCENT_AXIS_MAX, PROFILE_CHART_HEIGHT, PROFILE_CHART_WIDTH } from './chart-size';
import { COLOURS } from './colours';
import { CP_CATEGORY_BLOCK, DISTRICT_TAB_COLOUR, type DistrictContext } from './district-summary';
import { VALUE_AXIS_TITLES } from './indicator-charts';
import { sectionedSheet, type Placement, type SectionContent } from './section';
import { numberFormatForUnit } from './styles';
import type { TableDraft, TableValue } from './tables';
import { categoryLabel } from './text';
import { titleBlock } from './title-block';

/** One row of a district's table: a label, the district's value and the authority's. */
interface ProfileRow {
  label: string;
  district: TableValue;
  authority: TableValue;
}

function valueAt(s: Series, i: number): TableValue {
  return { value: s.values[i] ?? null, suppressed: s.suppressed[i] ?? false, unit: s.unit };
}

/** Rows of a block for one district, or null when the block has no figures for it. */
function profileRows(block: DistrictBlock, district: string, ctx: DistrictContext): ProfileRow[] | null {
  if (block.id === CP_CATEGORY_BLOCK) {
    const own = block.series.find((s) => s.name === district);
    if (!own) return null;
    return block.categories.map((c, i) => ({ label: c, district: valueAt(own, i), authority: authorityPercentAcross(block.series, i, ctx.threshold) }));
  }
  const index = block.categories.indexOf(district);
  if (index < 0) return null;
  return block.series.map((s) => ({ label: categoryLabel(s.name), district: valueAt(s, index), authority: authorityFigure(s, ctx.population, ctx.threshold) }));
}

function profileTable(rows: ProfileRow[], district: string, authority: string): TableDraft {
  return { header: ['Measure', district, authority], rows: rows.map((r) => ({ label: r.label, values: [r.district, r.authority] })) };
}

function chartSeries(name: string, values: TableValue[], color: string): ChartSeriesDraft {
  return {
    name,
    values: values.map((v) => v.value),
    suppressed: values.map((v) => v.suppressed),
    unit: values[0].unit,
    type: 'column',
    color,
  };
}

/** Slug for chart ids: letters and digits kept, anything else a hyphen. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-');
}

function profileChart(block: DistrictBlock, rows: ProfileRow[], sheet: string, district: string, ctx: DistrictContext, place: Placement): ChartDraft {
  const unit = rows[0].district.unit;
  const own = chartSeries(district, rows.map((r) => r.district), COLOURS.authority);
  const series = unit === 'count' ? [own] : [own, chartSeries(ctx.authority, rows.map((r) => r.authority), COLOURS.comparator)];
  const isCategoryBreakdown = block.id === CP_CATEGORY_BLOCK;
  return {
    id: `district-${slug(sheet)}-${block.id}`,
    sheet: place.sheet,
    anchor: place.anchor,
    title: `${district}: ${block.title}`,
    categoryAxisTitle: null,
    valueAxisTitle: VALUE_AXIS_TITLES[unit],
    categories: rows.map((r) => r.label),
    series: isCategoryBreakdown ? series.map((s) => ({ ...s, type: 'bar' as const })) : series,
    dataLabels: true,
    numberFormat: numberFormatForUnit(unit),
    width: PROFILE_CHART_WIDTH,
    height: isCategoryBreakdown ? barChartHeight(rows.length, series.length) : PROFILE_CHART_HEIGHT,
    ...(unit === 'percent' ? { valueAxisMax: PERCENT_AXIS_MAX } : {}),
  };
}

function profileSection(block: DistrictBlock, district: string, sheet: string, ctx: DistrictContext): SectionContent {
  const base = { title: block.title, definition: block.definition, warnings: [] as string[] };
  if (!block.available) return { ...base, unavailableReason: block.reason ?? 'no data', blocks: [] };
  const rows = profileRows(block, district, ctx);
  if (!rows || rows.length === 0) return { ...base, unavailableReason: `no figures for ${district}`, blocks: [] };
  return {
    ...base,
    unavailableReason: null,
    blocks: [{ table: profileTable(rows, district, ctx.authority), chart: (place) => profileChart(block, rows, sheet, district, ctx, place) }],
  };
}

/** The profile sheet of one district, named `sheetName` (already sanitised and unique). */
export function buildDistrictSheet(results: Results, district: string, sheetName: string, ctx: DistrictContext): SheetDraft {
  const sections = results.districts.blocks.map((b) => profileSection(b, district, sheetName, ctx));
  const title = `District profile: ${district}`;
  return { ...sectionedSheet(sheetName, DISTRICT_TAB_COLOUR, titleBlock(results.authority, title, results.period), sections, ctx), printTitle: title };
}

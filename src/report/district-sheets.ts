/**
 * One profile sheet per configured district, on ONE A4 landscape page (outputs.md): a compact
 * table of every district measure for the district beside the authority (and England where a
 * rate has one), the category-of-abuse mix under it, and four charts in a 2 × 2 grid beside it
 * that compare — the district among the other districts with its own bar highlighted (focus
 * palette: dark blue, the others grey), or the district beside the authority. No chart has a
 * single bar. Suppression as everywhere: `<T` in the table, an empty cell in the chart range.
 */
import type { Results } from '../engine/results';
import type { ModelCell } from './model';
import type { ChartDraft, SectionExtent, SheetDraft } from './drafts';
import { chartHasSuppressedValue, suppressionNote, textCell } from './drafts';
import { PERCENT_AXIS_MAX } from './chart-size';
import { COLOURS } from './colours';
import { CP_CATEGORY_BLOCK, districtMeasures, unavailableNotes, type MeasureRow } from './district-measures';
import { DISTRICT_TAB_COLOUR, type DistrictContext } from './district-summary';
import { VALUE_AXIS_TITLES } from './indicator-charts';
import { chartRows, FIRST_SECTION_ROW, SECTION_HEADING_ROWS, TITLE_ROWS } from './layout';
import { numberFormatForUnit } from './styles';
import { tableHeight, tableShowsSuppressed, writeTable, type TableDraft, type TableValue } from './tables';
import { seriesFromTableValues } from './series-draft';
import { titleBlock } from './title-block';

/** Grid charts: two across, two down, beside the table. */
export const PROFILE_GRID_CHART_WIDTH = 380;
export const PROFILE_GRID_CHART_HEIGHT = 280;
/** The category mix under the table, as wide as the table. */
export const PROFILE_MIX_CHART_WIDTH = 500;
export const PROFILE_MIX_CHART_HEIGHT = 200;

const NOT_AREAS = new Set(['Outside the authority', 'Unknown']);

/** Slug for chart ids: letters and digits kept, anything else a hyphen. */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-');
}

function profileTable(rows: MeasureRow[], district: string, authority: string): TableDraft {
  const withEngland = rows.some((r) => r.england !== null);
  const header = ['Measure', district, authority, ...(withEngland ? ['England'] : [])];
  return {
    header,
    rows: rows.map((r) => ({
      label: r.label,
      values: [r.byArea.get(district) ?? { value: null, suppressed: false, unit: r.unit }, r.authority, ...(withEngland ? [r.england] : [])],
    })),
  };
}

interface ChartPlace {
  sheet: string;
  anchor: { row: number; col: number };
  width: number;
  height: number;
}

/**
 * The district among the other districts (and, for rates, the authority and England), as
 * horizontal bars with the district's own bar in the focus colour. Null when fewer than two
 * bars would be drawn (a chart of one bar says nothing).
 */
function comparisonBars(row: MeasureRow, district: string, ctx: DistrictContext, place: ChartPlace, id: string, title: string): ChartDraft | null {
  const areas = [...row.byArea.keys()].filter((a) => !NOT_AREAS.has(a));
  const categories = [...areas];
  const values = areas.map((a) => row.byArea.get(a) as TableValue);
  const colours: string[] = areas.map((a) => (a === district ? COLOURS.authority : COLOURS.otherArea));
  if (row.unit !== 'count') {
    categories.push(ctx.authority);
    values.push(row.authority);
    colours.push(COLOURS.comparator);
    if (row.england) {
      categories.push('England');
      values.push(row.england);
      colours.push(COLOURS.england);
    }
  }
  if (categories.length < 2 || !areas.includes(district)) return null;
  const reference = row.unit === 'count' ? 'the other districts' : `the other districts, ${ctx.authority}${row.england ? ' and England' : ''}`;
  return {
    id,
    sheet: place.sheet,
    anchor: place.anchor,
    title,
    kind: 'bar',
    description: `Horizontal bars: ${district} (dark blue) beside ${reference} (grey), each bar labelled with its value.`,
    categoryAxisTitle: null,
    valueAxisTitle: VALUE_AXIS_TITLES[row.unit],
    categories,
    series: [seriesFromTableValues(row.label, values, 'bar', COLOURS.authority, colours)],
    dataLabels: true,
    numberFormat: numberFormatForUnit(row.unit),
    width: place.width,
    height: place.height,
    ...(row.unit === 'percent' ? { valueAxisMax: PERCENT_AXIS_MAX } : {}),
  };
}

/** Several percentages (care leavers; the category mix): the district beside the authority, as clustered columns or bars. */
function districtBesideAuthority(rows: MeasureRow[], district: string, ctx: DistrictContext, place: ChartPlace, id: string, title: string, kind: 'column' | 'bar'): ChartDraft | null {
  const own = rows.map((r) => r.byArea.get(district) ?? { value: null, suppressed: false, unit: r.unit });
  if (rows.length < 2 || own.every((v) => v.value === null)) return null;
  const categories = rows.map((r) => r.label.replace(/^Plans: /, '').replace(/ \(%\)$/, ''));
  return {
    id,
    sheet: place.sheet,
    anchor: place.anchor,
    title,
    kind,
    description: `${kind === 'bar' ? 'Horizontal bars' : 'Columns'}: ${district} (dark blue) beside ${ctx.authority} (dark grey) for ${categories.length} measures; the values are in the table.`,
    categoryAxisTitle: null,
    valueAxisTitle: VALUE_AXIS_TITLES.percent,
    categories,
    series: [seriesFromTableValues(district, own, kind, COLOURS.authority), seriesFromTableValues(ctx.authority, rows.map((r) => r.authority), kind, COLOURS.comparator)],
    // Two labels a category overlap at this size; the table beside the chart holds every value.
    dataLabels: false,
    numberFormat: numberFormatForUnit('percent'),
    width: place.width,
    height: place.height,
    valueAxisMax: PERCENT_AXIS_MAX,
  };
}

function rowOf(rows: MeasureRow[], blockId: MeasureRow['blockId'], last = false): MeasureRow | undefined {
  const matching = rows.filter((r) => r.blockId === blockId);
  return last ? matching[matching.length - 1] : matching[0];
}

/** The four grid charts, in reading order (left to right, top to bottom). */
function gridCharts(rows: MeasureRow[], district: string, ctx: DistrictContext, sheet: string, anchorAt: (i: number) => { row: number; col: number }): ChartDraft[] {
  const base = `district-${slug(sheet)}`;
  const place = (i: number): ChartPlace => ({ sheet, anchor: anchorAt(i), width: PROFILE_GRID_CHART_WIDTH, height: PROFILE_GRID_CHART_HEIGHT });
  const cla = rowOf(rows, 'cla-by-placement-district', true);
  const cpRate = rowOf(rows, 'cp-rate');
  const cinRate = rowOf(rows, 'cin-local-rate');
  const careLeavers = rows.filter((r) => r.blockId === 'care-leavers-in-touch-pct' || r.blockId === 'care-leavers-suitable-pct' || r.blockId === 'care-leavers-eet-pct');
  const makers: ((p: ChartPlace) => ChartDraft | null)[] = [
    (p) => (cla ? comparisonBars(cla, district, ctx, p, `${base}-cla-by-placement-district`, `${cla.label}: ${district} and the other districts`) : null),
    (p) => (cpRate ? comparisonBars(cpRate, district, ctx, p, `${base}-cp-rate`, `Child protection plans per 10,000: ${district} and the other areas`) : null),
    (p) => (cinRate ? comparisonBars(cinRate, district, ctx, p, `${base}-cin-local-rate`, `Children in need (local) per 10,000: ${district} and the other areas`) : null),
    (p) => districtBesideAuthority(careLeavers, district, ctx, p, `${base}-care-leavers-pct`, `Care leavers: ${district} beside ${ctx.authority}`, 'column'),
  ];
  const charts: ChartDraft[] = [];
  for (const make of makers) {
    const chart = make(place(charts.length));
    if (chart) charts.push(chart);
  }
  return charts;
}

/** The profile sheet of one district, named `sheetName` (already sanitised and unique). */
export function buildDistrictSheet(results: Results, district: string, sheetName: string, ctx: DistrictContext): SheetDraft {
  const title = `District profile: ${district}`;
  const measures = districtMeasures(results, ctx);
  const top = FIRST_SECTION_ROW;
  const cells: ModelCell[] = [
    ...titleBlock(results.authority, title, results.period),
    textCell(top, 0, `${district} beside ${results.authority}`, 'sectionTitle'),
    textCell(top + 1, 0, 'At the period end unless dated; rates per 10,000 aged 0-17; care leavers: all of the district, EET = in education, employment or training.', 'definition'),
  ];
  const tableTop = top + SECTION_HEADING_ROWS;
  const table = profileTable(measures.rows, district, results.authority);
  cells.push(...writeTable(table, tableTop, 0, ctx));
  const gridLeft = table.header.length + 1;
  const gridRows = chartRows(PROFILE_GRID_CHART_HEIGHT);
  const charts = gridCharts(measures.rows, district, ctx, sheetName, (i) => ({ row: tableTop + Math.floor(i / 2) * gridRows, col: gridLeft + (i % 2) * chartColumnsOf(PROFILE_GRID_CHART_WIDTH) }));
  const mixTop = tableTop + tableHeight(table) + 1;
  const mixRows = measures.rows.filter((r) => r.blockId === CP_CATEGORY_BLOCK);
  const mix = districtBesideAuthority(
    mixRows,
    district,
    ctx,
    { sheet: sheetName, anchor: { row: mixTop, col: 0 }, width: PROFILE_MIX_CHART_WIDTH, height: PROFILE_MIX_CHART_HEIGHT },
    `district-${slug(sheetName)}-${CP_CATEGORY_BLOCK}`,
    `Plans by latest category of abuse: ${district} beside ${results.authority}`,
    'column',
  );
  if (mix) charts.push(mix);
  const mixEnd = mix ? mixTop + chartRows(PROFILE_MIX_CHART_HEIGHT) : mixTop - 1;
  const hides = tableShowsSuppressed(table, ctx) || charts.some(chartHasSuppressedValue);
  const notes = [...unavailableNotes(measures), ...(hides ? [suppressionNote(ctx.threshold)] : [])];
  const gridEnd = tableTop + Math.ceil(charts.filter((c) => c !== mix).length / 2) * gridRows - 1;
  const notesTop = Math.max(mixEnd, gridEnd) + 1;
  notes.forEach((note, i) => cells.push(textCell(notesTop + i, 0, note, 'note')));
  const section: SectionExtent = { first: top, last: notesTop + notes.length - 1 };
  return {
    name: sheetName,
    kind: 'report',
    hidden: false,
    tabColor: DISTRICT_TAB_COLOUR,
    cells,
    charts,
    sections: [section],
    freezeRows: TITLE_ROWS,
    repeatRows: { first: 0, last: TITLE_ROWS - 1 },
    printTitle: title,
  };
}

/**
 * Columns a grid chart spans at the default column width (64 px), so that the second chart of a
 * row starts where the first one ends; the grid sits right of the table, where no column is widened.
 */
function chartColumnsOf(widthPx: number): number {
  return Math.ceil(widthPx / 64);
}

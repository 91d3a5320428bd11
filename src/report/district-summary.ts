/**
 * The `District Summary` sheet, at most two printed pages: page 1 is one table of every district
 * measure (rows) × every area (columns: the districts, `Outside the authority`, `Unknown`, the
 * authority and England where a rate has one), shaded across the districts of each row with a
 * colour scale that reads in greyscale too (darker = higher, white text on the two darkest
 * shades); page 2 holds the charts that compare the districts, in a 2 × 2 grid.
 */
import type { Results } from '../engine/results';
import type { ModelCell } from './model';
import type { ChartDraft, SectionExtent, SheetDraft } from './drafts';
import { chartHasSuppressedValue, suppressionNote, textCell } from './drafts';
import { MAX_LABELLED_POINTS, PERCENT_AXIS_MAX } from './chart-size';
import { COLOURS, cycleColour } from './colours';
import { districtMeasures, unavailableNotes, type MeasureRow } from './district-measures';
import { VALUE_AXIS_TITLES } from './indicator-charts';
import { chartLastColumn, chartRows, columnWidths, FIRST_SECTION_ROW, SECTION_GAP, SECTION_HEADING_ROWS, TITLE_ROWS } from './layout';
import { numberFormatForUnit } from './styles';
import { tableShowsSuppressed, writeTable, type TableDraft, type TableOptions, type TableValue } from './tables';
import { seriesFromTableValues } from './series-draft';
import { titleBlock } from './title-block';

export const DISTRICT_SUMMARY_SHEET = 'District Summary';
export const DISTRICT_TAB_COLOUR = '#2E75B6';

export interface DistrictContext extends TableOptions {
  authority: string;
  population: number;
}

export const SUMMARY_CHART_WIDTH = 560;
/** The first row of the grid holds the looked-after bars (8 areas × 2 dates) and is taller. */
export const SUMMARY_CHART_HEIGHTS = [320, 280] as const;

const NOT_AREAS = new Set(['Outside the authority', 'Unknown']);

/**
 * Five shades from light to dark (the Analysis Function sequential blues, with two lighter tints):
 * each darker than the one before in greyscale too. Text is black on the three light shades and
 * white on the two dark ones (contrast at least 4.5:1 on every shade).
 */
export const SCALE_FILLS = ['#EAF2FA', '#C6DBEF', '#6BACE6', '#2073BC', '#12436D'] as const;
const SCALE_WHITE_TEXT_FROM = 3;

/** Shade index (0..4) of a value between the row's lowest and highest; null when all are equal (nothing to tell apart). */
export function scaleStep(value: number, low: number, high: number): number | null {
  if (high <= low) return null;
  return Math.min(SCALE_FILLS.length - 1, Math.floor(((value - low) / (high - low)) * SCALE_FILLS.length));
}

function areasOf(rows: MeasureRow[]): string[] {
  const seen: string[] = [];
  for (const r of rows) for (const a of r.byArea.keys()) if (!seen.includes(a) && r.blockId !== 'cp-category-pct') seen.push(a);
  // Category-mix rows are keyed by area too (the series names); keep their order after the others.
  for (const r of rows) for (const a of r.byArea.keys()) if (!seen.includes(a)) seen.push(a);
  return seen;
}

function summaryTable(rows: MeasureRow[], areas: string[], authority: string): TableDraft {
  const withEngland = rows.some((r) => r.england !== null);
  const empty = (unit: MeasureRow['unit']): TableValue => ({ value: null, suppressed: false, unit });
  return {
    header: ['Measure', ...areas, authority, ...(withEngland ? ['England'] : [])],
    rows: rows.map((r) => ({
      label: r.label,
      values: [...areas.map((a) => r.byArea.get(a) ?? empty(r.unit)), r.authority, ...(withEngland ? [r.england] : [])],
    })),
  };
}

/** Shades the district cells of each row (not Outside/Unknown, not the authority), from the cells written. */
function shade(cells: ModelCell[], rows: MeasureRow[], areas: string[], tableTop: number, options: TableOptions): void {
  rows.forEach((r, i) => {
    const row = tableTop + 1 + i;
    const shown = areas
      .map((a, j) => ({ col: 1 + j, area: a, v: r.byArea.get(a) }))
      .filter((x) => !NOT_AREAS.has(x.area) && x.v && x.v.value !== null && !(x.v.suppressed && options.suppressTables));
    if (shown.length < 2) return;
    const values = shown.map((x) => x.v?.value as number);
    const low = Math.min(...values);
    const high = Math.max(...values);
    for (const x of shown) {
      const cell = cells.find((c) => c.row === row && c.col === x.col);
      if (!cell) continue;
      const step = scaleStep(x.v?.value as number, low, high);
      if (step === null) continue;
      cell.fill = SCALE_FILLS[step];
      if (step >= SCALE_WHITE_TEXT_FROM) cell.fontColor = '#FFFFFF';
    }
  });
}

interface Place {
  sheet: string;
  anchor: { row: number; col: number };
  height: number;
}

function chartBase(id: string, title: string, place: Place, categories: string[]) {
  return { id, title, sheet: place.sheet, anchor: place.anchor, categories, categoryAxisTitle: null, width: SUMMARY_CHART_WIDTH, height: place.height };
}

/** The looked-after counts at the two dates by district of placement: previous quarter end grey, the period end dark blue. */
function claChart(rows: MeasureRow[], place: Place): ChartDraft | null {
  const cla = rows.filter((r) => r.blockId === 'cla-by-placement-district');
  if (cla.length === 0) return null;
  const areas = [...cla[0].byArea.keys()];
  const colours = cla.length === 2 ? [COLOURS.previousYear, COLOURS.authority] : cla.map((_, i) => cycleColour(i));
  return {
    ...chartBase('summary-cla-by-placement-district', 'Children looked after by district of placement', place, areas),
    kind: 'bar',
    description: `Horizontal bars: children looked after in each area ${cla.map((r) => r.label.replace('Looked after ', '')).join(' and ')}, each bar labelled with its number.`,
    valueAxisTitle: VALUE_AXIS_TITLES.count,
    series: cla.map((r, i) => seriesFromTableValues(r.label.replace('Looked after at ', ''), areas.map((a) => r.byArea.get(a) as TableValue), 'bar', colours[i])),
    dataLabels: areas.length <= MAX_LABELLED_POINTS,
    numberFormat: numberFormatForUnit('count'),
  };
}

/** A rate by district, then the authority (dark grey) and England (orange) where there is one. */
function rateChart(row: MeasureRow | undefined, id: string, title: string, authority: string, place: Place): ChartDraft | null {
  if (!row) return null;
  const areas = [...row.byArea.keys()].filter((a) => !NOT_AREAS.has(a));
  const categories = [...areas, authority, ...(row.england ? ['England'] : [])];
  const values = [...areas.map((a) => row.byArea.get(a) as TableValue), row.authority, ...(row.england ? [row.england] : [])];
  const colours = [...areas.map(() => COLOURS.authority), COLOURS.comparator, ...(row.england ? [COLOURS.england] : [])];
  if (categories.length < 2) return null;
  return {
    ...chartBase(id, title, place, categories),
    kind: 'bar',
    description: `Horizontal bars: the rate per 10,000 in each district (dark blue), ${authority} (dark grey)${row.england ? ' and England (orange)' : ''}, each bar labelled with its value.`,
    valueAxisTitle: VALUE_AXIS_TITLES.rate,
    series: [seriesFromTableValues(row.label, values, 'bar', COLOURS.authority, colours)],
    dataLabels: true,
    numberFormat: numberFormatForUnit('rate'),
  };
}

/** Care leavers' three percentages by district and for the authority, as clustered columns. */
function careLeaversChart(rows: MeasureRow[], authority: string, place: Place): ChartDraft | null {
  const pct = rows.filter((r) => r.blockId === 'care-leavers-in-touch-pct' || r.blockId === 'care-leavers-suitable-pct' || r.blockId === 'care-leavers-eet-pct');
  if (pct.length === 0) return null;
  const areas = [...pct[0].byArea.keys()].filter((a) => !NOT_AREAS.has(a));
  return {
    ...chartBase('summary-care-leavers-pct', 'Care leavers in touch, suitably accommodated and in EET', place, [...areas, authority]),
    kind: 'column',
    description: `Columns: for each district and ${authority}, the percentage of care leavers in touch, in suitable accommodation and in education, employment or training.`,
    valueAxisTitle: VALUE_AXIS_TITLES.percent,
    series: pct.map((r, i) => seriesFromTableValues(r.label.replace(' (%)', ''), [...areas.map((a) => r.byArea.get(a) as TableValue), r.authority], 'column', cycleColour(i))),
    dataLabels: false,
    numberFormat: numberFormatForUnit('percent'),
    valueAxisMax: PERCENT_AXIS_MAX,
  };
}

export function buildDistrictSummary(results: Results, ctx: DistrictContext): SheetDraft {
  const measures = districtMeasures(results, ctx);
  const areas = areasOf(measures.rows);
  const top = FIRST_SECTION_ROW;
  const cells: ModelCell[] = [
    ...titleBlock(results.authority, DISTRICT_SUMMARY_SHEET, results.period),
    textCell(top, 0, 'Every district measure', 'sectionTitle'),
    textCell(top + 1, 0, 'Shading runs across the districts of each row: the darker the cell, the higher the figure. Rates per 10,000 aged 0-17; EET = in education, employment or training.', 'definition'),
  ];
  const tableTop = top + SECTION_HEADING_ROWS;
  const table = summaryTable(measures.rows, areas, results.authority);
  const tableCells = writeTable(table, tableTop, 0, ctx);
  shade(tableCells, measures.rows, areas, tableTop, ctx);
  cells.push(...tableCells);
  const tableNotes = [...unavailableNotes(measures), ...(tableShowsSuppressed(table, ctx) ? [suppressionNote(ctx.threshold)] : [])];
  const tableEnd = tableTop + table.rows.length;
  tableNotes.forEach((note, i) => cells.push(textCell(tableEnd + 1 + i, 0, note, 'note')));
  const first: SectionExtent = { first: top, last: tableEnd + tableNotes.length };

  const chartsTop = first.last + 1 + SECTION_GAP;
  cells.push(textCell(chartsTop, 0, 'Districts compared', 'sectionTitle'));
  cells.push(textCell(chartsTop + 1, 0, 'Each chart plots the figures of the table above; Outside the authority and Unknown have no population, so no rate.', 'definition'));
  const gridTop = chartsTop + SECTION_HEADING_ROWS;
  const gridRows = SUMMARY_CHART_HEIGHTS.map(chartRows);
  // The second chart of a row starts one column after the first ends, over the table's own widths.
  const secondColumn = chartLastColumn({ anchor: { row: 0, col: 0 }, width: SUMMARY_CHART_WIDTH }, columnWidths(cells)) + 2;
  const at = (i: number): Place => ({
    sheet: DISTRICT_SUMMARY_SHEET,
    anchor: { row: gridTop + (i < 2 ? 0 : gridRows[0]), col: i % 2 === 0 ? 0 : secondColumn },
    height: SUMMARY_CHART_HEIGHTS[i < 2 ? 0 : 1],
  });
  const makers: ((p: Place) => ChartDraft | null)[] = [
    (p) => claChart(measures.rows, p),
    (p) => rateChart(measures.rows.find((r) => r.blockId === 'cp-rate'), 'summary-cp-rate', 'Child protection plans per 10,000 by district', results.authority, p),
    (p) => rateChart(measures.rows.find((r) => r.blockId === 'cin-local-rate'), 'summary-cin-local-rate', 'Children in need (local definition) per 10,000 by district', results.authority, p),
    (p) => careLeaversChart(measures.rows, results.authority, p),
  ];
  const charts: ChartDraft[] = [];
  for (const make of makers) {
    const chart = make(at(charts.length));
    if (chart) charts.push(chart);
  }
  const gridEnd = gridTop + gridRows[0] + (charts.length > 2 ? gridRows[1] : 0) - 1;
  const chartNotes = charts.some(chartHasSuppressedValue) ? [suppressionNote(ctx.threshold)] : [];
  chartNotes.forEach((note, i) => cells.push(textCell(gridEnd + 1 + i, 0, note, 'note')));
  const second: SectionExtent = { first: chartsTop, last: gridEnd + chartNotes.length };
  return {
    name: DISTRICT_SUMMARY_SHEET,
    kind: 'report',
    hidden: false,
    tabColor: DISTRICT_TAB_COLOUR,
    cells,
    charts,
    sections: charts.length > 0 ? [first, second] : [first],
    freezeRows: TITLE_ROWS,
    repeatRows: { first: 0, last: TITLE_ROWS - 1 },
  };
}

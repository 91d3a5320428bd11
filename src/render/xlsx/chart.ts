import type { ChartSeriesSpec, ChartSpec, ChartType } from '../../report/model';
import type { Chart, XlsxWriter } from './load-writer';
import { applyValueAxisBounds } from './chart-format';
import { buildSeries } from './chart-series';
import { protectChartText } from './chart-text';

const TITLE_FONT_PT = 12;
const AXIS_TITLE_FONT_PT = 9;

function newChartOfType(xw: XlsxWriter, type: ChartType): Chart {
  if (type === 'column') return xw.Chart.newColumn();
  if (type === 'bar') return xw.Chart.newBar();
  return xw.Chart.newLine();
}

/**
 * Splits the series into the main chart's and one combined chart's. Only a chart the model calls
 * a `combination` is split (its columns the main chart, its lines the combined one); every other
 * chart draws all its series as its own type.
 */
export function splitByDrawingType(spec: Pick<ChartSpec, 'series' | 'kind' | 'type'>): { main: ChartSeriesSpec[]; combined: ChartSeriesSpec[]; combinedType: ChartType | null } {
  if (spec.kind !== 'combination') return { main: spec.series, combined: [], combinedType: null };
  const other = spec.series.find((series) => series.type !== spec.type && series.type !== 'bar');
  const combinedType = other ? other.type : null;
  const combined = spec.series.filter((series) => combinedType !== null && series.type === combinedType);
  const main = spec.series.filter((series) => !combined.includes(series));
  return { main, combined, combinedType };
}

/** The title, with the suppression note as a second line so that it travels with the chart. */
export function chartTitleText(spec: ChartSpec): string {
  return spec.note ? `${spec.title}\n${spec.note}` : spec.title;
}

export function buildChart(xw: XlsxWriter, spec: ChartSpec): Chart {
  const { main, combined, combinedType } = splitByDrawingType(spec);
  const chart = newChartOfType(xw, spec.type);
  for (const series of main) chart.pushSeries(buildSeries(xw, spec, series));
  if (combinedType !== null) {
    const partner = newChartOfType(xw, combinedType);
    for (const series of combined) partner.pushSeries(buildSeries(xw, spec, series));
    chart.combine(partner);
  }
  applyTitles(xw, chart, spec);
  applyLegend(xw, chart, spec);
  // outputs.md / indicators.md rule 4: a suppressed value is an empty cell, drawn as a gap.
  chart.showEmptyCellsAs(xw.ChartEmptyCells.Gaps);
  chart.setWidth(spec.width).setHeight(spec.height).setName(spec.id).setAltText(spec.altText);
  return chart;
}

function applyTitles(xw: XlsxWriter, chart: Chart, spec: ChartSpec): void {
  chart.title().setName(protectChartText(chartTitleText(spec))).setFont(new xw.ChartFont().setBold().setSize(TITLE_FONT_PT));
  const axisFont = () => new xw.ChartFont().setBold().setSize(AXIS_TITLE_FONT_PT);
  const { categoryAxis, valueAxis } = axesOf(chart, spec.type);
  if (spec.categoryAxisTitle) categoryAxis.setName(protectChartText(spec.categoryAxisTitle)).setNameFont(axisFont());
  if (spec.valueAxisTitle) valueAxis.setName(protectChartText(spec.valueAxisTitle)).setNameFont(axisFont());
  valueAxis.setNumFormat(spec.numberFormat);
  // Month categories are dates in Chart Data (report/cell-typing.ts): label them as months.
  if (spec.categoryNumberFormat) categoryAxis.setNumFormat(spec.categoryNumberFormat);
  applyValueAxisBounds(valueAxis, spec);
  if (spec.secondaryValueAxisTitle && spec.series.some((series) => series.secondaryAxis)) {
    chart.y2Axis().setName(protectChartText(spec.secondaryValueAxisTitle)).setNameFont(axisFont());
  }
}

/**
 * The writer names axes by position: for a bar chart the vertical yAxis is the category axis and
 * the horizontal xAxis the value axis; for column and line charts it is the other way round.
 */
function axesOf(chart: Chart, type: ChartType) {
  return type === 'bar'
    ? { categoryAxis: chart.yAxis(), valueAxis: chart.xAxis() }
    : { categoryAxis: chart.xAxis(), valueAxis: chart.yAxis() };
}

function applyLegend(xw: XlsxWriter, chart: Chart, spec: ChartSpec): void {
  if (spec.showLegend) chart.legend().setPosition(xw.ChartLegendPosition.Bottom);
  else chart.legend().setHidden();
}

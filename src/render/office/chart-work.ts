/**
 * Queues one native chart from a ChartSpec: type, series from Chart Data ranges (values, category
 * labels, names, secondary axis; formatting in chart-format.ts), title (with the suppression note
 * as a smaller second line), axis titles, legend, data labels, number format, empty cells as gaps.
 */
import type { ChartSeriesSpec, ChartSpec, ChartType, RangeRef } from '../../report/model';
import { cellAddress, localRangeAddress } from './address';
import { formatSeries, formatValueAxis, seriesFormatOperations } from './chart-format';
import { pixelsToPoints } from './sizes';
import { workItem, type WorkItem } from './work-items';

const EXCEL_CHART_TYPE: Record<ChartType, 'ColumnClustered' | 'BarClustered' | 'Line'> = {
  column: 'ColumnClustered',
  bar: 'BarClustered',
  line: 'Line',
};

/** Looks up the (temporary) worksheet that holds a model sheet's content. */
export type SheetLookup = (modelSheetName: string) => Excel.Worksheet;

function rangeOf(sheets: SheetLookup, ref: RangeRef): Excel.Range {
  return sheets(ref.sheet).getRange(localRangeAddress(ref));
}

/** Excel creates one series from a one-row or one-column source; we then set its ranges ourselves. */
function seriesBy(ref: RangeRef): 'Rows' | 'Columns' {
  return ref.firstRow === ref.lastRow && ref.firstCol !== ref.lastCol ? 'Rows' : 'Columns';
}

export function chartWork(spec: ChartSpec, sheets: SheetLookup): WorkItem {
  const operations = 16 + spec.series.reduce((n, series) => n + 4 + seriesFormatOperations(series), 0);
  return workItem(operations, JSON.stringify(spec).length, () => queueChart(spec, sheets));
}

function queueChart(spec: ChartSpec, sheets: SheetLookup): void {
  const first = spec.series[0];
  if (!first) return;
  const chart = sheets(spec.sheet).charts.add(EXCEL_CHART_TYPE[spec.type], rangeOf(sheets, first.values), seriesBy(first.values));
  chart.name = spec.id;
  spec.series.forEach((series, index) => {
    const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    queueSeries(target, series, spec, sheets);
  });
  queueTitle(chart, spec);
  queueAxes(chart, spec);
  chart.legend.visible = spec.showLegend;
  if (spec.showLegend) chart.legend.position = 'Bottom';
  if (spec.dataLabels) {
    chart.dataLabels.showValue = true;
    chart.dataLabels.numberFormat = spec.numberFormat;
  }
  // Suppressed values are empty cells in Chart Data: show them as gaps, never as zero.
  chart.displayBlanksAs = 'NotPlotted';
  chart.setPosition(cellAddress(spec.anchor.row, spec.anchor.col));
  chart.width = pixelsToPoints(spec.width);
  chart.height = pixelsToPoints(spec.height);
}

function queueSeries(target: Excel.ChartSeries, series: ChartSeriesSpec, spec: ChartSpec, sheets: SheetLookup): void {
  target.name = series.name;
  target.setValues(rangeOf(sheets, series.values));
  target.setXAxisValues(rangeOf(sheets, spec.categories));
  // Only a combination mixes types: its lines go on the columns' chart.
  if (spec.kind === 'combination' && series.type !== spec.type) target.chartType = EXCEL_CHART_TYPE[series.type];
  if (series.secondaryAxis) target.axisGroup = 'Secondary';
  formatSeries(target, series);
  if (spec.dataLabels) target.hasDataLabels = true;
}

function queueTitle(chart: Excel.Chart, spec: ChartSpec): void {
  chart.title.text = spec.note ? `${spec.title}\n${spec.note}` : spec.title;
  chart.title.format.font.size = 12;
  if (spec.note) {
    const note = chart.title.getSubstring(spec.title.length + 1, spec.note.length);
    note.font.size = 9;
    note.font.italic = true;
  }
}

function queueAxes(chart: Excel.Chart, spec: ChartSpec): void {
  if (spec.categoryAxisTitle) chart.axes.categoryAxis.title.text = spec.categoryAxisTitle;
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  chart.axes.valueAxis.numberFormat = spec.numberFormat;
  // Month categories are dates in Chart Data (report/cell-typing.ts): label them as months.
  if (spec.categoryNumberFormat) chart.axes.categoryAxis.numberFormat = spec.categoryNumberFormat;
  formatValueAxis(chart, spec);
  // Bars run bottom-up by default; reversing puts the first category at the top, as in the table.
  if (spec.type === 'bar') chart.axes.categoryAxis.reversePlotOrder = true;
  const secondary = spec.series.some((s) => s.secondaryAxis);
  if (secondary && spec.secondaryValueAxisTitle) {
    chart.axes.getItem('Value', 'Secondary').title.text = spec.secondaryValueAxisTitle;
  }
}

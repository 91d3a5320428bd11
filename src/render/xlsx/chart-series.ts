import type { ChartSeriesSpec, ChartSpec, RangeRef } from '../../report/model';
import type { ChartSeries, XlsxWriter } from './load-writer';
import { absoluteRef } from './a1';
import { toColor } from './colors';

const LINE_WIDTH_PT = 2.25;

function chartRange(xw: XlsxWriter, range: RangeRef) {
  return xw.ChartRange.newFromRange(range.sheet, range.firstRow, range.firstCol, range.lastRow, range.lastCol);
}

/**
 * One series: name linked to its Chart Data cell, categories and values from Chart Data,
 * its colour, dashes for benchmark lines and data labels when the chart asks for them.
 */
export function buildSeries(xw: XlsxWriter, chart: ChartSpec, spec: ChartSeriesSpec): ChartSeries {
  let series = new xw.ChartSeries()
    .setName(absoluteRef(spec.nameRef))
    .setCategories(chartRange(xw, chart.categories))
    .setValues(chartRange(xw, spec.values));
  series = spec.type === 'line' ? styleLine(xw, series, spec) : styleBars(xw, series, spec);
  if (spec.secondaryAxis) series = series.setSecondaryAxis(true);
  if (chart.dataLabels) series = series.setDataLabel(new xw.ChartDataLabel().showValue().setNumFormat(chart.numberFormat));
  return series;
}

function styleBars(xw: XlsxWriter, series: ChartSeries, spec: ChartSeriesSpec): ChartSeries {
  const color = toColor(xw, spec.color);
  return series.setFormat(new xw.ChartFormat().setSolidFill(new xw.ChartSolidFill().setColor(color)).setNoBorder());
}

/**
 * Lines: coloured, dashed for benchmarks. Markers on solid lines are added by
 * chart-xml-patches.ts (the writer's setMarker has no effect in wasm-xlsxwriter 0.13).
 */
function styleLine(xw: XlsxWriter, series: ChartSeries, spec: ChartSeriesSpec): ChartSeries {
  let line = new xw.ChartLine().setColor(toColor(xw, spec.color)).setWidth(LINE_WIDTH_PT);
  if (spec.dashed) line = line.setDashType(xw.ChartLineDashType.Dash);
  return series.setFormat(new xw.ChartFormat().setLine(line));
}

import type { ChartSeriesSpec, ChartSpec, RangeRef } from '../../report/model';
import type { ChartSeries, XlsxWriter } from './load-writer';
import { absoluteRef } from './a1';
import { toColor } from './colors';

const LINE_WIDTH_PT = 2.25;
const MARKER_SIZE = 5;

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
 * Lines: solid lines get markers, because a value between two suppressed (empty) months is
 * otherwise invisible — with gaps there is no segment to draw. Dashed benchmark lines are flat
 * reference lines and stay unmarked.
 */
function styleLine(xw: XlsxWriter, series: ChartSeries, spec: ChartSeriesSpec): ChartSeries {
  let line = new xw.ChartLine().setColor(toColor(xw, spec.color)).setWidth(LINE_WIDTH_PT);
  if (spec.dashed) line = line.setDashType(xw.ChartLineDashType.Dash);
  series = series.setFormat(new xw.ChartFormat().setLine(line));
  if (spec.dashed) return series.setMarker(new xw.ChartMarker().setNone());
  const markerFill = new xw.ChartFormat()
    .setSolidFill(new xw.ChartSolidFill().setColor(toColor(xw, spec.color)))
    .setBorder(new xw.ChartLine().setColor(toColor(xw, spec.color)));
  return series.setMarker(new xw.ChartMarker().setType(xw.ChartMarkerType.Circle).setSize(MARKER_SIZE).setFormat(markerFill));
}

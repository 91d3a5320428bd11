/**
 * Chart formatting as the ChartSpec decides it (translation only): series colours, per-point
 * colours, line styles, the value-axis bounds. Markers are added to the chart XML afterwards
 * (chart-xml-patches.ts `addMarkers`): the writer's ChartSeries.setMarker has no effect in
 * wasm-xlsxwriter 0.13.
 */
import type { ChartSeriesSpec, ChartSpec, LineStyle } from '../../report/model';
import type { ChartSeries, XlsxWriter } from './load-writer';
import { toColor } from './colors';

const LINE_WIDTH_PT = 2.25;

type Axis = ReturnType<XlsxWriter['Chart']['prototype']['yAxis']>;

function dashType(xw: XlsxWriter, style: LineStyle) {
  const types = { solid: xw.ChartLineDashType.Solid, dash: xw.ChartLineDashType.Dash, dot: xw.ChartLineDashType.RoundDot, dashDot: xw.ChartLineDashType.DashDot };
  return types[style];
}

export function formatSeries(xw: XlsxWriter, series: ChartSeries, spec: ChartSeriesSpec): ChartSeries {
  if (spec.type === 'line') {
    const line = new xw.ChartLine().setColor(toColor(xw, spec.color)).setWidth(LINE_WIDTH_PT).setDashType(dashType(xw, spec.lineStyle));
    return series.setFormat(new xw.ChartFormat().setLine(line));
  }
  const fill = (hex: string) => new xw.ChartFormat().setSolidFill(new xw.ChartSolidFill().setColor(toColor(xw, hex))).setNoBorder();
  let formatted = series.setFormat(fill(spec.color));
  if (spec.pointColors) formatted = formatted.setPoints(spec.pointColors.map((hex) => new xw.ChartPoint().setFormat(fill(hex))));
  return formatted;
}

/** The model's bounds, no more: an absent minimum stays automatic (the model says 0 where a chart needs it). */
export function applyValueAxisBounds(valueAxis: Axis, spec: ChartSpec): void {
  if (spec.valueAxisMin !== null) valueAxis.setMin(spec.valueAxisMin);
  if (spec.valueAxisMax != null) valueAxis.setMax(spec.valueAxisMax);
}

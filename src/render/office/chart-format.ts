/**
 * Chart formatting through Office.js as the ChartSpec decides it (translation only): each
 * series' colour, per-point colours, line style and marker, and the value-axis bounds. Kept
 * apart from series creation (chart-work.ts) so that the two change independently.
 */
import type { ChartSeriesSpec, ChartSpec, LineStyle, MarkerStyle } from '../../report/model';

const LINE_STYLES: Record<LineStyle, 'Continuous' | 'Dash' | 'RoundDot' | 'DashDot'> = {
  solid: 'Continuous',
  dash: 'Dash',
  dot: 'RoundDot',
  dashDot: 'DashDot',
};

const MARKER_STYLES: Record<MarkerStyle, 'None' | 'Circle' | 'Square' | 'Triangle' | 'Diamond'> = {
  none: 'None',
  circle: 'Circle',
  square: 'Square',
  triangle: 'Triangle',
  diamond: 'Diamond',
};

const MARKER_SIZE = 6;

/** Operations formatSeries queues for one series (for the request-size estimate). */
export function seriesFormatOperations(series: ChartSeriesSpec): number {
  return 5 + (series.pointColors?.length ?? 0);
}

export function formatSeries(target: Excel.ChartSeries, series: ChartSeriesSpec): void {
  if (series.type === 'line') {
    target.format.line.color = series.color;
    target.format.line.lineStyle = LINE_STYLES[series.lineStyle];
    target.markerStyle = MARKER_STYLES[series.marker];
    if (series.marker !== 'none') {
      target.markerSize = MARKER_SIZE;
      target.markerBackgroundColor = series.color;
      target.markerForegroundColor = series.color;
    }
    return;
  }
  target.format.fill.setSolidColor(series.color);
  series.pointColors?.forEach((colour, i) => target.points.getItemAt(i).format.fill.setSolidColor(colour));
}

/** The model's bounds, no more: a null minimum stays automatic (the model says 0 for columns and bars). */
export function formatValueAxis(chart: Excel.Chart, spec: ChartSpec): void {
  if (spec.valueAxisMin !== null) chart.axes.valueAxis.minimum = spec.valueAxisMin;
  if (spec.valueAxisMax != null) chart.axes.valueAxis.maximum = spec.valueAxisMax;
}

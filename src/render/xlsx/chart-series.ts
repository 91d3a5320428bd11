import type { ChartSeriesSpec, ChartSpec, RangeRef } from '../../report/model';
import type { ChartSeries, XlsxWriter } from './load-writer';
import { absoluteRef } from './a1';
import { formatSeries } from './chart-format';

function chartRange(xw: XlsxWriter, range: RangeRef) {
  return xw.ChartRange.newFromRange(range.sheet, range.firstRow, range.firstCol, range.lastRow, range.lastCol);
}

/**
 * One series: name linked to its Chart Data cell, categories and values from Chart Data,
 * its formatting (chart-format.ts) and data labels when the chart asks for them.
 */
export function buildSeries(xw: XlsxWriter, chart: ChartSpec, spec: ChartSeriesSpec): ChartSeries {
  let series = new xw.ChartSeries()
    .setName(absoluteRef(spec.nameRef))
    .setCategories(chartRange(xw, chart.categories))
    .setValues(chartRange(xw, spec.values));
  series = formatSeries(xw, series, spec);
  if (spec.secondaryAxis) series = series.setSecondaryAxis(true);
  if (chart.dataLabels) series = series.setDataLabel(new xw.ChartDataLabel().showValue().setNumFormat(chart.numberFormat));
  return series;
}

import { indicatorChart } from '../../src/report/indicator-charts';
import type { IndicatorResult, Series } from '../../src/engine/results';

const place = { sheet: 'Performance Report', anchor: { row: 10, col: 5 } };

function percentIndicator(id: number, percents: (number | null)[], england: number): IndicatorResult {
  const s = (name: string, unit: Series['unit'], values: (number | null)[], benchmark = false): Series => ({
    name, unit, values, suppressed: values.map(() => false), ...(benchmark ? { benchmark } : {}),
  });
  return {
    id, title: `Indicator ${id}`, definition: '', kind: 'monthly', available: true, reason: null, warnings: [],
    categories: ['2021-04', '2021-05', '2021-06'],
    series: [s('Plans started', 'count', [40, 87, 143]), s('Percent', 'percent', percents), s('England', 'percent', [england, england, england], true)],
  };
}

describe('percentage line charts: value axis', () => {
  it('scales itself when every value is at most 80%, so a 12–21% trend is not flattened', () => {
    const chart = indicatorChart(percentIndicator(14, [12.5, 17.2, 21], 22.1), 'Worcestershire', place)!;
    expect(chart.series.map((s) => s.type)).toEqual(['line', 'line']);
    expect(chart.valueAxisMax).toBeUndefined();
  });
  it('stops at 100 when a value (own or benchmark) passes 80%, where Excel would run to 120', () => {
    expect(indicatorChart(percentIndicator(8, [89.3, 88.3, 88.5], 87.6), 'Worcestershire', place)!.valueAxisMax).toBe(100);
    expect(indicatorChart(percentIndicator(8, [70, null, 75], 84.4), 'Worcestershire', place)!.valueAxisMax).toBe(100);
  });
});

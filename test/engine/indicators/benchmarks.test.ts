import { benchmarkSeries, benchmarkYear } from '../../../src/engine/indicators/benchmarks';
import { d, testSettings } from '../fixtures';

describe('benchmarks', () => {
  const settings = testSettings();
  it('picks the latest year whose 31 March is on or before the period end, else the earliest', () => {
    expect(benchmarkYear(settings.benchmarks, 'cla_rate_per_10k', d('2021-09-30'))).toBe(2021);
    expect(benchmarkYear(settings.benchmarks, 'cla_rate_per_10k', d('2022-03-31'))).toBe(2022);
    expect(benchmarkYear(settings.benchmarks, 'cla_rate_per_10k', d('2022-06-30'))).toBe(2022);
    expect(benchmarkYear(settings.benchmarks, 'cla_rate_per_10k', d('2020-06-30'))).toBe(2021);
    expect(benchmarkYear(settings.benchmarks, 'no_such_measure', d('2021-09-30'))).toBeNull();
  });
  it('makes flat England / Region / Statistical neighbours series', () => {
    const s2021 = benchmarkSeries(settings, 'cla_rate_per_10k', 'rate', d('2021-09-30'), 3);
    expect(s2021.map((s) => [s.name, s.values, s.benchmark, s.unit])).toEqual([
      ['England', [69, 69, 69], true, 'rate'],
      ['Region', [86, 86, 86], true, 'rate'],
      ['Statistical neighbours', [54.8, 54.8, 54.8], true, 'rate'],
    ]);
    const s2022 = benchmarkSeries(settings, 'cla_rate_per_10k', 'rate', d('2022-06-30'), 1);
    expect(s2022.map((s) => s.values[0])).toEqual([70, 88, 55.3]);
  });
  it('is null when the area or measure is missing', () => {
    const s = benchmarkSeries(testSettings({ region: 'Nowhere' }), 'cla_rate_per_10k', 'rate', d('2021-09-30'), 2);
    expect(s[1].values).toEqual([null, null]);
    expect(benchmarkSeries(settings, 'no_such_measure', 'percent', d('2021-09-30'), 1)[0].values).toEqual([null]);
  });
});

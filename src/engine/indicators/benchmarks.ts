/**
 * Benchmark series (indicators.md "Benchmarks"): for each area, the measure's value for the latest
 * year whose 31 March is on or before the period end, else the earliest year present; flat over
 * the categories; null when the table has no value.
 */
import type { Day } from '../types';
import type { Series, Unit } from '../results';
import type { BenchmarkRow, Settings } from '../settings/types';
import { dayFromYmd } from '../dates';

/** The benchmark year (year ending 31 March) to use for a period ending on `periodEnd`. */
export function benchmarkYear(rows: readonly BenchmarkRow[], measure: string, periodEnd: Day): number | null {
  const years = [...new Set(rows.filter((r) => r.measure === measure).map((r) => r.year))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const eligible = years.filter((y) => dayFromYmd(y, 3, 31) <= periodEnd);
  return eligible.length > 0 ? eligible[eligible.length - 1] : years[0];
}

export function benchmarkValue(rows: readonly BenchmarkRow[], measure: string, area: string, year: number | null): number | null {
  if (year === null) return null;
  const row = rows.find((r) => r.measure === measure && r.area === area && r.year === year);
  return row?.value ?? null;
}

/** `England`, `Region`, `Statistical neighbours`, each flat over `categoryCount` categories. */
export function benchmarkSeries(settings: Settings, measure: string, unit: Unit, periodEnd: Day, categoryCount: number): Series[] {
  const year = benchmarkYear(settings.benchmarks, measure, periodEnd);
  const areas: [string, string][] = [
    ['England', settings.englandArea],
    ['Region', settings.region],
    ['Statistical neighbours', settings.statisticalNeighboursArea],
  ];
  return areas.map(([name, area]) => {
    const value = benchmarkValue(settings.benchmarks, measure, area, year);
    return {
      name,
      unit,
      values: new Array<number | null>(categoryCount).fill(value),
      suppressed: new Array<boolean>(categoryCount).fill(false),
      benchmark: true,
    };
  });
}

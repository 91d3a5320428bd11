/**
 * The headline value of an indicator, read from its own (suppressed) result so that the summary
 * always agrees with the table: the value, the comparison value and its label, with suppression
 * exactly as summary.md says (the flag of the cell the value is taken from; a sum of counts is
 * suppressed when it is 1..T−1).
 */
import type { IndicatorResult, Series } from '../results';
import { primaryFlags } from '../suppression';
import type { HeadlineMeasure } from './measures';
import type { HeadlineValue } from './types';

const NONE: HeadlineValue = { unit: 'count', value: null, suppressed: false, previous: null, previousSuppressed: false, previousLabel: null };

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2021-06" → "June 2021". */
export function monthName(key: string): string {
  const [year, month] = key.split('-').map(Number);
  return `${MONTH_NAMES[month - 1]} ${year}`;
}

/** "2021/22" → "2020/21". */
function yearBefore(financialYear: string): string {
  const start = Number(financialYear.slice(0, 4)) - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

interface Cell {
  value: number | null;
  suppressed: boolean;
}

function cellAt(s: Series | undefined, i: number): Cell {
  if (!s || i < 0 || i >= s.values.length) return { value: null, suppressed: false };
  return { value: s.values[i] ?? null, suppressed: s.suppressed[i] ?? false };
}

/** Sum of a count series; null when any month is null (an incomplete year would understate). */
function sumOf(s: Series | undefined, threshold: number): Cell {
  if (!s || s.values.length === 0 || s.values.some((v) => v === null)) return { value: null, suppressed: false };
  const total = (s.values as number[]).reduce((a, b) => a + b, 0);
  return { value: total, suppressed: primaryFlags([total], threshold)[0] };
}

export interface PeriodInfo {
  financialYear: string;
  /** YYYY-MM of the previous quarter's last month (it lies before the period in Q1). */
  previousQuarterEndMonth: string;
}

export function headlineValue(ind: IndicatorResult | undefined, measure: HeadlineMeasure, period: PeriodInfo, threshold: number): HeadlineValue {
  if (!ind || !ind.available) return NONE;
  const { source } = measure;
  const series = ind.series.find((s) => s.name === source.series);
  const unit = series?.unit ?? (source.from === 'sum' ? 'count' : 'percent');
  let current: Cell;
  if (source.from === 'sum') current = sumOf(series, threshold);
  else if (source.from === 'last') current = cellAt(series, ind.categories.length - 1);
  else current = cellAt(series, source.category === null ? 0 : ind.categories.indexOf(source.category));

  let previous: Cell = { value: null, suppressed: false };
  let previousLabel: string | null = null;
  if (measure.comparison === 'previous-year') {
    previous = sumOf(ind.series.find((s) => s.name === 'Previous year'), threshold);
    previousLabel = `same period of ${yearBefore(period.financialYear)}`;
  } else if (measure.comparison === 'previous-quarter') {
    // Q1: the previous quarter ended in March, before the report months, so there is no comparison.
    const i = ind.categories.indexOf(period.previousQuarterEndMonth);
    if (i >= 0) {
      previous = cellAt(series, i);
      previousLabel = monthName(period.previousQuarterEndMonth);
    }
  }
  return { unit, value: current.value, suppressed: current.suppressed, previous: previous.value, previousSuppressed: previous.suppressed, previousLabel };
}

/** The England, region and statistical-neighbour values of the headline (the last category: benchmarks are flat). */
export function headlineBenchmarks(ind: IndicatorResult | undefined): { england: number | null; region: number | null; statisticalNeighbours: number | null } {
  const last = (name: string) => {
    const s = ind?.series.find((x) => x.benchmark && x.name === name);
    return s && s.values.length > 0 ? (s.values[s.values.length - 1] ?? null) : null;
  };
  return { england: last('England'), region: last('Region'), statisticalNeighbours: last('Statistical neighbours') };
}

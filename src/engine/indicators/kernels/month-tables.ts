/** The months a monthly kernel runs over, with their day → month look-up: the report months (from the derived data) or any other ascending run. */
import type { Day } from '../../types';
import type { Month } from '../../period';
import { monthIndexer } from '../../derived/month-lookup';
import type { IndicatorContext } from '../context';

export interface MonthTable {
  months: readonly Month[];
  indexOf: (d: Day) => number;
}

export function monthTable(ctx: IndicatorContext, months: readonly Month[]): MonthTable {
  return { months, indexOf: months === ctx.period.months ? ctx.derived.monthIndex : monthIndexer(months) };
}

/** Running total from each April (the financial year to date), so a run over several years restarts each year. */
export function yearToDate(values: readonly number[], months: readonly Month[]): number[] {
  let total = 0;
  return values.map((v, i) => (total = (months[i].key.endsWith('-04') ? 0 : total) + v));
}

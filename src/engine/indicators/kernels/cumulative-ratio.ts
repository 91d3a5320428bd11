/**
 * Kernel: a cumulative ratio (#6, #8, #14, #15). One pass over the list: each row dated in a
 * month (and counted) adds to that month's total, and to its subset when the compiled test holds;
 * the running totals from 1 April are taken after the loop.
 */
import type { Day } from '../../types';
import type { BaseRow } from '../../lists';
import type { IndicatorContext } from '../context';
import type { AnyCumulativeRatio, CumulativeRatio, ListKey, RowOf } from '../definitions/types';
import { compileTest } from './another-event';
import { yearToDate, type MonthTable } from './month-tables';

export interface RatioCounts {
  /** Rows of the month alone, and those in the subset. */
  totalInMonth: number[];
  subsetInMonth: number[];
  /** From 1 April to the month end. */
  total: number[];
  subset: number[];
}

export function cumulativeRatio(definition: AnyCumulativeRatio, ctx: IndicatorContext, table: MonthTable): RatioCounts {
  // One widening per kernel: each definition was checked against its own list's rows; the loop reads any list's.
  const def = definition as unknown as CumulativeRatio<ListKey>;
  const rows = (ctx.parsed.lists[def.list] ?? []) as readonly (RowOf<ListKey> & BaseRow)[];
  const counts = def.counts ? def.counts.prepare(ctx.settings) : null;
  const inSubset = compileTest(def.subset.test, ctx, def.list);
  const date = def.date as keyof RowOf<ListKey>;
  const indexOf = table.indexOf;
  const totalInMonth = new Array<number>(table.months.length).fill(0);
  const subsetInMonth = new Array<number>(table.months.length).fill(0);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const d = row[date] as Day | null;
    if (d === null) continue;
    const i = indexOf(d);
    if (i < 0 || (counts !== null && !counts(row))) continue;
    totalInMonth[i] += 1;
    if (inSubset(row, r, d)) subsetInMonth[i] += 1;
  }
  return { totalInMonth, subsetInMonth, total: yearToDate(totalInMonth, table.months), subset: yearToDate(subsetInMonth, table.months) };
}

/** Kernel: distinct children open at each month end (#9–#12, #16, #17), from the derived snapshot masks. */
import { openChildrenAt, type OpenChildren } from '../../derived/snapshots';
import type { IndicatorContext } from '../context';
import type { MonthTable } from './month-tables';

export function openAtMonthEnds(ctx: IndicatorContext, open: keyof OpenChildren, table: MonthTable): number[] {
  if (table.months === ctx.period.months) return ctx.derived.atMonthEnds[open];
  return openChildrenAt(ctx.parsed, ctx.derived.timelines, table.months.map((m) => m.last))[open];
}

/**
 * The one entry point through which the summary evaluates a monthly indicator over months other
 * than the report's (the control chart's run of up to 24 months): the indicator's own definition
 * is run on a context whose period has those months, with the derived month lookups and
 * month-end snapshots re-made for them and everything else (the child timelines, the snapshots
 * at S) shared with the build's context. So the report months' points are the indicator's own
 * values by construction, not a copy of its arithmetic.
 */
import type { Month } from '../period';
import type { Series } from '../results';
import type { IndicatorContext } from '../indicators/context';
import type { DerivedData } from '../derived/derived';
import { monthIndexer, monthsAYearEarlier } from '../derived/month-lookup';
import { openChildrenAt } from '../derived/snapshots';
import { DEFINITIONS } from '../indicators/definitions/registry';
import type { IndicatorId } from '../indicators/definitions/types';
import { monthlySeries, type MonthlyDefinition } from '../indicators/execute';

const MONTHLY_KINDS = new Set(['monthly count', 'cumulative ratio', 'open at month end', 'flows']);

/**
 * The context of the build with `months` in place of the report months. The month-end snapshots
 * are taken once here for all three month-end series (#10, #12, #17 read the same masks).
 */
export function contextForMonths(ctx: IndicatorContext, months: readonly Month[]): IndicatorContext {
  const period = { ...ctx.period, months: [...months] };
  const previousMonths = monthsAYearEarlier(period.months);
  const derived: DerivedData = {
    ...ctx.derived,
    monthIndex: monthIndexer(period.months),
    previousMonths,
    previousMonthIndex: monthIndexer(previousMonths),
    atMonthEnds: openChildrenAt(ctx.parsed, ctx.derived.timelines, period.months.map((m) => m.last)),
  };
  return { ...ctx, period, derived };
}

/** One series of monthly indicator `id` over the months of `monthCtx` (see contextForMonths); null when its list is absent. */
export function monthlySeriesOver(monthCtx: IndicatorContext, id: number, seriesName: string): Series | null {
  const def = DEFINITIONS[id as IndicatorId];
  if (!def || !MONTHLY_KINDS.has(def.kind)) throw new Error(`Indicator ${id} has no monthly series for a control chart`);
  const monthly = def as MonthlyDefinition;
  if (!monthCtx.parsed.lists[monthly.list]) return null;
  // The context's own months, so the kernels use the lookups and snapshots made above.
  return monthlySeries(monthly, monthCtx, monthCtx.period.months).find((s) => s.name === seriesName) ?? null;
}

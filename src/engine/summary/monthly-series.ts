/**
 * The one entry point through which the summary evaluates a monthly indicator over months other
 * than the report's (the control chart's run of up to 24 months): the indicator's own definition
 * is run on a context whose period has those months, with the derived month lookups and
 * month-end snapshots re-made for them and everything else (the child timelines, the snapshots
 * at S) shared with the build's context. So the report months' points are the indicator's own
 * values by construction, not a copy of its arithmetic.
 */
import type { Month } from '../period';
import type { IndicatorResult, Series } from '../results';
import type { IndicatorContext } from '../indicators/context';
import type { DerivedData } from '../derived/derived';
import { monthIndexer, previousYearMonths } from '../derived/month-lookup';
import { openChildrenAt } from '../derived/snapshots';
import { totalContacts } from '../indicators/contacts';
import { totalReferrals } from '../indicators/referrals';
import { assessmentsCompleted, assessmentsInTimescale } from '../indicators/assessments';
import { claFlows } from '../indicators/looked-after';
import { cpFlows } from '../indicators/child-protection';
import { cinFlows } from '../indicators/children-in-need';

const MONTHLY: Readonly<Record<number, (ctx: IndicatorContext) => IndicatorResult>> = {
  1: totalContacts,
  3: totalReferrals,
  7: assessmentsCompleted,
  8: assessmentsInTimescale,
  10: claFlows,
  12: cpFlows,
  17: cinFlows,
};

/** The context of the build with `months` in place of the report months. */
export function contextForMonths(ctx: IndicatorContext, months: readonly Month[]): IndicatorContext {
  const period = { ...ctx.period, months: [...months] };
  const previousMonths = previousYearMonths(period);
  const derived: DerivedData = {
    ...ctx.derived,
    monthIndex: monthIndexer(period.months),
    previousMonths,
    previousMonthIndex: monthIndexer(previousMonths),
    atMonthEnds: openChildrenAt(ctx.parsed, ctx.derived.timelines, period.months.map((m) => m.last)),
  };
  return { ...ctx, period, derived };
}

/** One series of monthly indicator `id` over the months of `monthCtx` (see contextForMonths); null when unavailable. */
export function monthlySeriesOver(monthCtx: IndicatorContext, id: number, seriesName: string): Series | null {
  const indicator = MONTHLY[id];
  if (!indicator) throw new Error(`Indicator ${id} has no monthly series for a control chart`);
  const result = indicator(monthCtx);
  if (!result.available) return null;
  return result.series.find((s) => s.name === seriesName) ?? null;
}

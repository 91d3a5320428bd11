/** Indicators 11–15: child protection plans. */
import type { AbuseCategory, CpRow } from '../lists';
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { addYears } from '../dates';
import { availableResult, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries, percentSeries, rateSeries } from './common/series';
import { countByMonth, cumulative } from './common/month-counts';
import { isOpenAt } from '../derived/open-at';
import { monthKeys } from './common/months';
import { memoDays } from './common/day-memo';
import { countIntoGroups } from './common/groups';
import { breakdownResult } from './common/breakdown';
import { NOT_RECORDED } from './common/outcome-text';
import { benchmarkSeries } from './benchmarks';

const HEAD_11: IndicatorHead = {
  id: 11,
  title: 'Child protection plans – rate per 10,000 aged under 18',
  definition: 'Distinct children with a child protection plan (List 7) open at the month end, and the rate per 10,000 children aged 0–17.',
  kind: 'monthly',
};
const HEAD_12: IndicatorHead = {
  id: 12,
  title: 'Child protection plans – starting, ceasing and number at month end',
  definition: 'Plans starting and ending in the month, and children on a plan at the month end.',
  kind: 'monthly',
};
const HEAD_13: IndicatorHead = {
  id: 13,
  title: 'Current child protection plans – latest category of abuse (at S)',
  definition: 'Plans open at the period end by Latest Category of Abuse.',
  kind: 'breakdown',
};
const HEAD_14: IndicatorHead = {
  id: 14,
  title: 'Children who became the subject of a plan for a second or subsequent time',
  definition: 'Plans starting from 1 April to the month end where the child had a previous plan (by count or by an earlier plan in List 7).',
  kind: 'monthly',
};
const HEAD_15: IndicatorHead = {
  id: 15,
  title: 'Child protection plans open 2 years or more at closure',
  definition: 'Plans ending from 1 April to the month end that ended on or after the second anniversary of their start.',
  kind: 'monthly',
};

export const ABUSE_CATEGORY_LABELS: Record<AbuseCategory, string> = {
  NEG: 'Neglect',
  PHY: 'Physical abuse',
  SAB: 'Sexual abuse',
  EMO: 'Emotional abuse',
  MUL: 'Multiple',
};
export const ABUSE_GROUPS = [...Object.values(ABUSE_CATEGORY_LABELS), NOT_RECORDED];

export function abuseGroupOf(row: CpRow): string {
  return row.latestCategory === null ? NOT_RECORDED : ABUSE_CATEGORY_LABELS[row.latestCategory] ?? NOT_RECORDED;
}

export function cpRate(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  const plans = parsed.lists[7];
  if (!plans) return unavailableResult(HEAD_11, monthKeys(period), missingListReason(7));
  const counts = ctx.derived.atMonthEnds.plans;
  return availableResult(HEAD_11, monthKeys(period), [
    countSeries('Children on a plan', counts),
    rateSeries('Rate', counts, settings.population, 'Children on a plan'),
    ...benchmarkSeries(settings, 'cp_rate_per_10k', 'rate', period.end, period.months.length),
  ]);
}

export function cpFlows(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed } = ctx;
  const plans = parsed.lists[7];
  if (!plans) return unavailableResult(HEAD_12, monthKeys(period), missingListReason(7));
  const { monthIndex, atMonthEnds } = ctx.derived;
  return availableResult(HEAD_12, monthKeys(period), [
    countSeries('Started', countByMonth(plans, (p) => p.start, monthIndex, period.months.length)),
    countSeries('Ceased', countByMonth(plans, (p) => p.end, monthIndex, period.months.length)),
    countSeries('At month end', atMonthEnds.plans),
  ]);
}

export function cpCategory(ctx: IndicatorContext): IndicatorResult {
  const plans = ctx.parsed.lists[7];
  if (!plans) return unavailableResult(HEAD_13, ABUSE_GROUPS, missingListReason(7));
  const open = plans.filter((p) => isOpenAt(p, ctx.period.end));
  return breakdownResult(HEAD_13, ABUSE_GROUPS, countIntoGroups(open, ABUSE_GROUPS, abuseGroupOf), 'Plans');
}

export function secondPlans(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  const plans = parsed.lists[7];
  if (!plans) return unavailableResult(HEAD_14, monthKeys(period), missingListReason(7));
  const { days: starts, offsets } = ctx.derived.timelines.planStarts;
  const childOfRow = ctx.derived.timelines.childOfRow[7];
  const monthIndex = ctx.derived.monthIndex;
  const started = new Array<number>(period.months.length).fill(0);
  const repeat = new Array<number>(period.months.length).fill(0);
  for (let r = 0; r < plans.length; r++) {
    const plan = plans[r];
    const i = monthIndex(plan.start);
    if (i < 0) continue;
    started[i] += 1;
    // Sorted starts: an earlier plan of the child exists when the child's first start is before this one.
    const earlierPlan = starts[offsets[childOfRow[r]]] < plan.start;
    if (plan.previousPlans >= 1 || earlierPlan) repeat[i] += 1;
  }
  const total = cumulative(started);
  const second = cumulative(repeat);
  return availableResult(HEAD_14, monthKeys(period), [
    countSeries('Plans started', total),
    countSeries('Second or subsequent', second),
    percentSeries('Percent', second, total, 'Second or subsequent'),
    ...benchmarkSeries(settings, 'second_cpp_pct', 'percent', period.end, period.months.length),
  ]);
}

export function plansOpenTwoYears(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  const plans = parsed.lists[7];
  if (!plans) return unavailableResult(HEAD_15, monthKeys(period), missingListReason(7));
  const monthIndex = ctx.derived.monthIndex;
  // Plan starts repeat across rows: the second anniversary is worked out once per distinct start.
  const secondAnniversary = memoDays((start) => addYears(start, 2));
  const ended = new Array<number>(period.months.length).fill(0);
  const long = new Array<number>(period.months.length).fill(0);
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p];
    if (plan.end === null) continue;
    const i = monthIndex(plan.end);
    if (i < 0) continue;
    ended[i] += 1;
    if (plan.end >= secondAnniversary(plan.start)) long[i] += 1;
  }
  const total = cumulative(ended);
  const twoYears = cumulative(long);
  return availableResult(HEAD_15, monthKeys(period), [
    countSeries('Plans ended', total),
    countSeries('Open 2+ years', twoYears),
    percentSeries('Percent', twoYears, total, 'Open 2+ years'),
    ...benchmarkSeries(settings, 'cpp_2yrs_at_closure_pct', 'percent', period.end, period.months.length),
  ]);
}

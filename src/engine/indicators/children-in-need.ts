/** Indicators 16–17: children in need (national definition: CIN episode, or a plan, or looked after). */
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { availableResult, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries, rateSeries } from './common/series';
import { countByMonth } from './common/month-counts';
import { monthKeys } from './common/months';
import { benchmarkSeries } from './benchmarks';

const HEAD_16: IndicatorHead = {
  id: 16,
  title: 'Children in need (national definition) – rate per 10,000 aged under 18',
  definition: 'Distinct children at the month end with a CIN episode open (not closed RC8/RC9), a child protection plan open, or a period of care open (not V3/V4).',
  kind: 'monthly',
};
const HEAD_17: IndicatorHead = {
  id: 17,
  title: 'Children in need – starting, ceasing and number at month end',
  definition: 'CIN episodes (not closed RC8/RC9) starting and closing in the month, and children in need at the month end.',
  kind: 'monthly',
};

/** Warnings when List 7 or List 8 is absent: the national count then understates. */
function missingPartsWarnings(ctx: IndicatorContext): string[] {
  const warnings: string[] = [];
  if (!ctx.parsed.lists[7]) warnings.push(`${missingListReason(7)}: children on a plan but without a CIN episode are not counted`);
  if (!ctx.parsed.lists[8]) warnings.push(`${missingListReason(8)}: children looked after but without a CIN episode are not counted`);
  return warnings;
}

export function cinRate(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  if (!parsed.lists[6]) return unavailableResult(HEAD_16, monthKeys(period), missingListReason(6));
  const counts = ctx.derived.atMonthEnds.cin;
  return availableResult(
    HEAD_16,
    monthKeys(period),
    [
      countSeries('Children in need', counts),
      rateSeries('Rate', counts, settings.population, 'Children in need'),
      ...benchmarkSeries(settings, 'cin_rate_per_10k', 'rate', period.end, period.months.length),
    ],
    missingPartsWarnings(ctx),
  );
}

export function cinFlows(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed } = ctx;
  const list = parsed.lists[6];
  if (!list) return unavailableResult(HEAD_17, monthKeys(period), missingListReason(6));
  const { monthIndex, atMonthEnds, timelines } = ctx.derived;
  const episodes = timelines.countedCinRows;
  return availableResult(
    HEAD_17,
    monthKeys(period),
    [
      countSeries('Started', countByMonth(episodes, (e) => e.start, monthIndex, period.months.length)),
      countSeries('Ceased', countByMonth(episodes, (e) => e.end, monthIndex, period.months.length)),
      countSeries('At month end', atMonthEnds.cin),
    ],
    missingPartsWarnings(ctx),
  );
}

/** Indicators 7–8: assessments completed, and completed within the timescale (45 working days). */
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { availableResult, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries, percentSeries } from './common/series';
import { cumulative } from './common/month-counts';
import { earliestDate, monthKeys, previousYearValues } from './common/months';
import { workingDaysBetween } from '../calendar/working-days';
import { benchmarkSeries } from './benchmarks';

const HEAD_7: IndicatorHead = {
  id: 7,
  title: 'Social work assessments completed – year to date',
  definition: 'Assessments (List 4) by Date of Authorisation, per month and cumulative, with the same months a year earlier.',
  kind: 'monthly',
};
const HEAD_8: IndicatorHead = {
  id: 8,
  title: 'Assessments completed within 45 working days',
  definition: 'Assessments authorised from 1 April to the month end (and in the month alone) whose authorisation came within the timescale in working days.',
  kind: 'monthly',
};

export function assessmentsCompleted(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed } = ctx;
  const assessments = parsed.lists[4];
  if (!assessments) return unavailableResult(HEAD_7, monthKeys(period), missingListReason(4));
  const { previousMonths, monthIndex, previousMonthIndex } = ctx.derived;
  const completed = new Array<number>(period.months.length).fill(0);
  const previous = new Array<number>(previousMonths.length).fill(0);
  for (let r = 0; r < assessments.length; r++) {
    const authorised = assessments[r].authorised;
    if (authorised === null) continue;
    const i = monthIndex(authorised);
    if (i >= 0) completed[i] += 1;
    const j = previousMonthIndex(authorised);
    if (j >= 0) previous[j] += 1;
  }
  const earliest = earliestDate(parsed.info[4]?.earliest.authorised, assessments, (a) => a.authorised);
  return availableResult(HEAD_7, monthKeys(period), [
    countSeries('Completed', completed),
    countSeries('Cumulative', cumulative(completed)),
    countSeries('Previous year', previousYearValues(previous, previousMonths, earliest)),
  ]);
}

export function assessmentsInTimescale(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  // The title names the configured timescale (the indicators.md title at the default 45).
  const head = { ...HEAD_8, title: `Assessments completed within ${settings.assessmentDays} working days` };
  const assessments = parsed.lists[4];
  if (!assessments) return unavailableResult(head, monthKeys(period), missingListReason(4));
  const holidays = new Set(settings.bankHolidays);
  const monthIndex = ctx.derived.monthIndex;
  const completedInMonth = new Array<number>(period.months.length).fill(0);
  const withinInMonth = new Array<number>(period.months.length).fill(0);
  for (let r = 0; r < assessments.length; r++) {
    const a = assessments[r];
    // An authorisation before the start is a row problem (the parser reports it); never counted.
    if (a.authorised === null || a.authorised < a.start) continue;
    const i = monthIndex(a.authorised);
    if (i < 0) continue;
    completedInMonth[i] += 1;
    if (workingDaysBetween(a.start, a.authorised, holidays) <= settings.assessmentDays) withinInMonth[i] += 1;
  }
  const completed = cumulative(completedInMonth);
  const within = cumulative(withinInMonth);
  return availableResult(head, monthKeys(period), [
    countSeries('Completed', completed),
    countSeries('Within timescale', within),
    percentSeries('Percent', within, completed, 'Within timescale'),
    percentSeries('Percent in month', withinInMonth, completedInMonth),
    ...benchmarkSeries(settings, 'assessments_45wd_pct', 'percent', period.end, period.months.length),
  ]);
}

/** Indicators 3–6: referrals, referral outcomes, sources and re-referrals. */
import type { ReferralRow } from '../lists';
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { addMonths } from '../dates';
import { availableResult, hasColumn, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries, percentSeries } from './common/series';
import { cumulative } from './common/month-counts';
import { earliestDate, monthKeys, previousYearValues } from './common/months';
import { endOf, firstOf, type DaysByChild } from '../derived/days-by-child';
import { lowerBound, upperBound } from '../search';
import { groupOutcomeText, NOT_RECORDED } from './common/outcome-text';
import { codeLookup } from './common/groups';
import { memoDays } from './common/day-memo';
import { countThisAndLastYear } from './contacts';
import { breakdownResult } from './common/breakdown';
import { benchmarkSeries } from './benchmarks';

const HEAD_3: IndicatorHead = {
  id: 3,
  title: "Referrals to children's social care",
  definition: 'Referrals (List 3 rows) by Date of Referral, per month, with the same months a year earlier.',
  kind: 'monthly',
};
const HEAD_4: IndicatorHead = {
  id: 4,
  title: 'Referral outcomes – year to date',
  definition: 'Referrals received in the period by outcome, as a percentage of all referrals in the period.',
  kind: 'breakdown',
};
const HEAD_5: IndicatorHead = {
  id: 5,
  title: 'Referral sources – year to date',
  definition: 'Referrals received in the period by Referral Source group, as a percentage of all referrals in the period.',
  kind: 'breakdown',
};
const HEAD_6: IndicatorHead = {
  id: 6,
  title: 'Re-referrals within 12 months (cumulative year to date)',
  definition: 'Referrals from 1 April to the month end whose child had another referral in the 12 months before.',
  kind: 'monthly',
};

export const REFERRAL_SOURCE_GROUPS = [
  ['Individual', ['1A', '1B', '1C', '1D', '1']],
  ['Schools', ['2A']],
  ['Education services', ['2B']],
  ['Health services', ['3A', '3B', '3C', '3D', '3E', '3F', '3']],
  ['Housing', ['4']],
  ['LA services', ['5A', '5B', '5C', '5D', '5']],
  ['Police', ['6']],
  ['Other legal agency', ['7']],
  ['Other', ['8']],
  ['Anonymous', ['9']],
  ['Unknown', ['10']],
  [NOT_RECORDED, []],
] as const;

const SOURCE_GROUP_OF_CODE = codeLookup(REFERRAL_SOURCE_GROUPS);
const SOURCE_LABELS = REFERRAL_SOURCE_GROUPS.map(([label]) => label);

function referralsInPeriod(ctx: IndicatorContext, referrals: readonly ReferralRow[]): ReferralRow[] {
  return referrals.filter((r) => r.date >= ctx.period.start && r.date <= ctx.period.end);
}

export function totalReferrals(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed } = ctx;
  const referrals = parsed.lists[3];
  if (!referrals) return unavailableResult(HEAD_3, monthKeys(period), missingListReason(3));
  const { previousMonths, monthIndex, previousMonthIndex } = ctx.derived;
  const { current: counts, previous } = countThisAndLastYear(referrals, monthIndex, previousMonthIndex, period.months.length);
  const earliest = earliestDate(parsed.info[3]?.earliest.date, referrals, (r) => r.date);
  return availableResult(HEAD_3, monthKeys(period), [
    countSeries('Referrals', counts),
    countSeries('Previous year', previousYearValues(previous, previousMonths, earliest)),
  ]);
}

export function referralOutcomes(ctx: IndicatorContext): IndicatorResult {
  const { parsed } = ctx;
  const referrals = parsed.lists[3];
  if (!referrals) return unavailableResult(HEAD_4, [], missingListReason(3));
  if (hasColumn(parsed, 3, 'referral outcome', referrals, (r) => r.outcome !== null)) {
    const { labels, counts } = groupOutcomeText(referralsInPeriod(ctx, referrals).map((r) => r.outcome));
    return breakdownResult(HEAD_4, labels, counts, 'Referrals');
  }
  const assessments = parsed.lists[4];
  if (!assessments) return unavailableResult(HEAD_4, [], `${missingListReason(4)} and List 3 has no Referral Outcome column`);
  const { childOfRow: rowChildren, referralDays, assessmentStarts } = ctx.derived.timelines;
  const childOfRow = rowChildren[3];
  const { start, end } = ctx.period;
  const counts = [0, 0, 0];
  for (let i = 0; i < referrals.length; i++) {
    const r = referrals[i];
    if (r.date < start || r.date > end) continue;
    if (r.nfa === true) counts[0] += 1;
    else if (progressedToAssessment(r.date, childOfRow[i], referralDays, assessmentStarts)) counts[1] += 1;
    else counts[2] += 1;
  }
  return breakdownResult(HEAD_4, ['No further action', 'Progressed to assessment', 'Other outcome'], counts, 'Referrals');
}

/** An assessment of the child starting on or after the referral date and before the child's next (later-dated) referral. */
function progressedToAssessment(date: number, child: number, referralDays: DaysByChild, assessmentStarts: DaysByChild): boolean {
  const referralsEnd = endOf(referralDays, child);
  const nextIndex = upperBound(referralDays.days, date, firstOf(referralDays, child), referralsEnd);
  const nextReferral = nextIndex < referralsEnd ? referralDays.days[nextIndex] : Infinity;
  const startsEnd = endOf(assessmentStarts, child);
  const i = lowerBound(assessmentStarts.days, date, firstOf(assessmentStarts, child), startsEnd);
  return i < startsEnd && assessmentStarts.days[i] < nextReferral;
}

export function referralSources(ctx: IndicatorContext): IndicatorResult {
  const referrals = ctx.parsed.lists[3];
  if (!referrals) return unavailableResult(HEAD_5, [...SOURCE_LABELS], missingListReason(3));
  const { start, end } = ctx.period;
  const groupOfSource = new Map<string, number>();
  const counts = new Array<number>(SOURCE_LABELS.length).fill(0);
  const notRecorded = SOURCE_LABELS.length - 1;
  for (let i = 0; i < referrals.length; i++) {
    const r = referrals[i];
    if (r.date < start || r.date > end) continue;
    if (r.source === null) {
      counts[notRecorded] += 1;
      continue;
    }
    // The group of each source code once, not an upper-casing per row.
    let group = groupOfSource.get(r.source);
    if (group === undefined) {
      const label = SOURCE_GROUP_OF_CODE.get(r.source.toUpperCase()) ?? NOT_RECORDED;
      groupOfSource.set(r.source, (group = (SOURCE_LABELS as readonly string[]).indexOf(label)));
    }
    counts[group] += 1;
  }
  return breakdownResult(HEAD_5, [...SOURCE_LABELS], counts, 'Referrals');
}

export function reReferrals(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  const referrals = parsed.lists[3];
  if (!referrals) return unavailableResult(HEAD_6, monthKeys(period), missingListReason(3));
  const { days, offsets } = ctx.derived.timelines.referralDays;
  const childOfRow = ctx.derived.timelines.childOfRow[3];
  const monthIndex = ctx.derived.monthIndex;
  // Referral dates repeat across rows: "12 months before" is worked out once per distinct date.
  const lookBackFrom = memoDays((date) => addMonths(date, -settings.rereferralMonths));
  const inMonth = new Array<number>(period.months.length).fill(0);
  const reInMonth = new Array<number>(period.months.length).fill(0);
  for (let r = 0; r < referrals.length; r++) {
    const date = referrals[r].date;
    const i = monthIndex(date);
    if (i < 0) continue;
    inMonth[i] += 1;
    const child = childOfRow[r];
    const first = lowerBound(days, lookBackFrom(date), offsets[child], offsets[child + 1]);
    if (first < offsets[child + 1] && days[first] < date) reInMonth[i] += 1;
  }
  const total = cumulative(inMonth);
  const re = cumulative(reInMonth);
  return availableResult(HEAD_6, monthKeys(period), [
    countSeries('Referrals', total),
    countSeries('Re-referrals', re),
    percentSeries('Percent', re, total, 'Re-referrals'),
    ...benchmarkSeries(settings, 'rereferral_pct', 'percent', period.end, period.months.length),
  ]);
}

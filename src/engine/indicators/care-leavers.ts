/** Indicators 21–23: care leavers aged 19–21 (19th, 20th or 21st birthday in the period). */
import type { CareLeaverRow } from '../lists';
import type { Breakdown, IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { availableResult, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries, percentSeries } from './common/series';
import { countIntoGroups } from './common/groups';
import {
  ACTIVITY_GROUPS, IN_TOUCH_GROUPS, activityGroupOf, cohortTest, inTouchGroupOf, isInEet, isInTouch, isSuitablyHoused,
} from './common/care-leavers';
import { benchmarkSeries } from './benchmarks';

const HEAD_21: IndicatorHead = {
  id: 21,
  title: 'Care leavers aged 19–21 the authority is in touch with',
  definition: 'Care leavers (List 9) whose 19th, 20th or 21st birthday falls in the period, and those the authority is in touch with.',
  kind: 'period',
};
const HEAD_22: IndicatorHead = {
  id: 22,
  title: 'Care leavers aged 19–21 in suitable accommodation',
  definition: 'Care leavers whose 19th, 20th or 21st birthday falls in the period, and those in suitable accommodation.',
  kind: 'period',
};
const HEAD_23: IndicatorHead = {
  id: 23,
  title: 'Care leavers aged 19–21 in education, employment or training',
  definition: 'Care leavers whose 19th, 20th or 21st birthday falls in the period, and those in education, employment or training.',
  kind: 'period',
};

function cohort(ctx: IndicatorContext): CareLeaverRow[] {
  return ctx.derived.timelines.youngPeople.filter(cohortTest(ctx.period.start, ctx.period.end));
}

function youngPeopleBreakdown(labels: string[], counts: number[]): Breakdown {
  return { categories: labels, series: [countSeries('Young people', counts)] };
}

interface CohortOutcome {
  result: IndicatorResult;
  /** The cohort (one row per young person), for the breakdowns. */
  people: CareLeaverRow[];
}

/** Cohort / met / Percent (of the cohort) for one test, plus benchmarks when a measure is published. */
function cohortResult(ctx: IndicatorContext, head: IndicatorHead, test: (r: CareLeaverRow) => boolean, metName: string, measure: string | null): CohortOutcome {
  const list = ctx.parsed.lists[9];
  if (!list) return { result: unavailableResult(head, [ctx.period.label], missingListReason(9)), people: [] };
  const people = cohort(ctx);
  const met = people.filter(test).length;
  const series = [
    countSeries('Cohort', [people.length]),
    countSeries(metName, [met]),
    percentSeries('Percent', [met], [people.length], metName),
    ...(measure ? benchmarkSeries(ctx.settings, measure, 'percent', ctx.period.end, 1) : []),
  ];
  return { result: availableResult(head, [ctx.period.label], series), people };
}

export function careLeaversInTouch(ctx: IndicatorContext): IndicatorResult {
  const { result, people } = cohortResult(ctx, HEAD_21, isInTouch, 'In touch', null);
  if (!result.available) return result;
  return { ...result, breakdown: youngPeopleBreakdown(IN_TOUCH_GROUPS, countIntoGroups(people, IN_TOUCH_GROUPS, inTouchGroupOf)) };
}

export function careLeaversSuitable(ctx: IndicatorContext): IndicatorResult {
  return cohortResult(ctx, HEAD_22, isSuitablyHoused, 'Suitable', 'care_leavers_19_21_suitable_pct').result;
}

export function careLeaversEet(ctx: IndicatorContext): IndicatorResult {
  const { result, people } = cohortResult(ctx, HEAD_23, isInEet, 'In EET', 'care_leavers_19_21_eet_pct');
  if (!result.available) return result;
  const labels = ACTIVITY_GROUPS.map(([label]) => label);
  return { ...result, breakdown: youngPeopleBreakdown(labels, countIntoGroups(people, labels, activityGroupOf)) };
}

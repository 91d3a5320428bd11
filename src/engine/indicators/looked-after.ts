/** Indicators 9–10 and 18–20: children looked after (V3/V4 short breaks excluded everywhere). */
import type { ClaRow } from '../lists';
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { availableResult, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries, rateSeries } from './common/series';
import { countByMonth } from './common/month-counts';
import { monthKeys } from './common/months';
import { codeLookup, countIntoGroups } from './common/groups';
import { breakdownResult } from './common/breakdown';
import { NOT_RECORDED } from './common/outcome-text';
import { benchmarkSeries } from './benchmarks';

const HEAD_9: IndicatorHead = {
  id: 9,
  title: 'Children looked after – rate per 10,000 aged under 18',
  definition: 'Distinct children with a period of care (List 8, not V3/V4) open at the month end, and the rate per 10,000 children aged 0–17.',
  kind: 'monthly',
};
const HEAD_10: IndicatorHead = {
  id: 10,
  title: 'Children looked after – starting, ceasing and number at month end',
  definition: 'Periods of care (not V3/V4) starting and ceasing in the month, and children looked after at the month end.',
  kind: 'monthly',
};
const HEAD_18: IndicatorHead = {
  id: 18,
  title: 'Current children looked after – placement type (at S)',
  definition: 'Children looked after at the period end by the Placement Type of their current period of care.',
  kind: 'breakdown',
};
const HEAD_19: IndicatorHead = {
  id: 19,
  title: 'Current children looked after – placement location (at S)',
  definition: 'Children looked after at the period end by Placement Location, else by placement postcode.',
  kind: 'breakdown',
};
const HEAD_20: IndicatorHead = {
  id: 20,
  title: 'Current children looked after – legal status (at S)',
  definition: "Children looked after at the period end by their current Child's Legal Status.",
  kind: 'breakdown',
};

export const PLACEMENT_TYPE_GROUPS = [
  ['Foster placements', ['U1', 'U2', 'U3', 'U4', 'U5', 'U6']],
  ['Placed for adoption', ['A3', 'A4', 'A5', 'A6']],
  ['Placed with parents', ['P1']],
  ['Independent and semi-independent living', ['P2', 'H5']],
  ["Children's homes and secure units", ['K1', 'K2', 'R1']],
  ['Other residential settings', ['R2', 'R3', 'R5', 'S1', 'P3']],
  ['Other placements', ['Z1', 'T0', 'T1', 'T2', 'T3', 'T4']],
  [NOT_RECORDED, []],
] as const;
const OTHER_PLACEMENTS = 'Other placements';

export const LEGAL_STATUS_GROUPS = [
  ['Interim care order', ['C1']],
  ['Full care order', ['C2']],
  ['Placement order', ['E1', 'D1']],
  ['Accommodated under section 20', ['V2']],
  ['Detained for child protection', ['L1', 'L2', 'L3']],
  ['Youth justice legal statuses', ['J1', 'J2', 'J3']],
  [NOT_RECORDED, []],
] as const;

export const LOCATION_LABELS = ['Inside the authority', 'Outside the authority', NOT_RECORDED];

const PLACEMENT_GROUP_OF_CODE = codeLookup(PLACEMENT_TYPE_GROUPS);
const LEGAL_GROUP_OF_CODE = codeLookup(LEGAL_STATUS_GROUPS);

export function claRate(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  const list = parsed.lists[8];
  if (!list) return unavailableResult(HEAD_9, monthKeys(period), missingListReason(8));
  const counts = ctx.derived.atMonthEnds.care;
  return availableResult(HEAD_9, monthKeys(period), [
    countSeries('Children looked after', counts),
    rateSeries('Rate', counts, settings.population, 'Children looked after'),
    ...benchmarkSeries(settings, 'cla_rate_per_10k', 'rate', period.end, period.months.length),
  ]);
}

export function claFlows(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed } = ctx;
  const list = parsed.lists[8];
  if (!list) return unavailableResult(HEAD_10, monthKeys(period), missingListReason(8));
  const { monthIndex, atMonthEnds, timelines } = ctx.derived;
  const rows = timelines.countedCareRows;
  return availableResult(HEAD_10, monthKeys(period), [
    countSeries('Started', countByMonth(rows, (r) => r.start, monthIndex, period.months.length)),
    countSeries('Ceased', countByMonth(rows, (r) => r.end, monthIndex, period.months.length)),
    countSeries('At month end', atMonthEnds.care),
  ]);
}

/** Each child looked after at S once, with their current period of care. */
function currentCareRows(ctx: IndicatorContext): ClaRow[] {
  return ctx.derived.atPeriodEnd.care;
}

function placementTypeGroup(row: ClaRow): string {
  if (row.placementType === null || row.placementType.trim() === '') return NOT_RECORDED;
  return PLACEMENT_GROUP_OF_CODE.get(row.placementType.toUpperCase()) ?? OTHER_PLACEMENTS;
}

export function claPlacementType(ctx: IndicatorContext): IndicatorResult {
  const labels = PLACEMENT_TYPE_GROUPS.map(([label]) => label);
  const list = ctx.parsed.lists[8];
  if (!list) return unavailableResult(HEAD_18, labels, missingListReason(8));
  const counts = countIntoGroups(currentCareRows(ctx), labels, placementTypeGroup);
  return breakdownResult(HEAD_18, labels, counts, 'Children');
}

export function claPlacementLocation(ctx: IndicatorContext): IndicatorResult {
  const list = ctx.parsed.lists[8];
  if (!list) return unavailableResult(HEAD_19, LOCATION_LABELS, missingListReason(8));
  const locationOf = (row: ClaRow): string => {
    if (row.placementLocation === 'in') return LOCATION_LABELS[0];
    if (row.placementLocation === 'out') return LOCATION_LABELS[1];
    const inside = ctx.resolver.isInsideAuthority(row.placementPostcode);
    return inside === null ? NOT_RECORDED : inside ? LOCATION_LABELS[0] : LOCATION_LABELS[1];
  };
  const counts = countIntoGroups(currentCareRows(ctx), LOCATION_LABELS, locationOf);
  return breakdownResult(HEAD_19, LOCATION_LABELS, counts, 'Children');
}

export function claLegalStatus(ctx: IndicatorContext): IndicatorResult {
  const labels = LEGAL_STATUS_GROUPS.map(([label]) => label);
  const list = ctx.parsed.lists[8];
  if (!list) return unavailableResult(HEAD_20, labels, missingListReason(8));
  const groupOf = (row: ClaRow): string => (row.legalStatus === null ? NOT_RECORDED : LEGAL_GROUP_OF_CODE.get(row.legalStatus.toUpperCase()) ?? NOT_RECORDED);
  const counts = countIntoGroups(currentCareRows(ctx), labels, groupOf);
  return breakdownResult(HEAD_20, labels, counts, 'Children');
}

/**
 * District blocks of children in need (local definition): a List 6 episode open at S (not
 * RC8/RC9) and neither on a plan nor looked after (not V3/V4) at S; number and rate per 10,000.
 */
import type { CinRow } from '../lists';
import type { DistrictBlock } from '../results';
import type { IndicatorContext } from '../indicators/context';
import { missingListReason } from '../indicators/common/result';
import { countByDistrict, districtNames, numberAndRateBlocks, type NumberAndRate } from './district-table';

const NUMBER_AND_RATE: NumberAndRate = {
  id: 'cin-local',
  title: 'Children in need (local definition)',
  numberDefinition: 'Children with a CIN episode open at the period end who are neither on a child protection plan nor looked after, by district.',
  rateDefinition: 'Children in need (local definition) at the period end per 10,000 children aged 0–17 of the district.',
  seriesName: 'Children in need',
};

/** Current CIN episode of each child in need under the local definition at S. */
function localCinRows(ctx: IndicatorContext): CinRow[] {
  const { plans, care, cin } = ctx.derived.atPeriodEnd;
  // The current plans and periods of care at S are one per child: their children are the ones left out.
  const excluded = new Set<string>();
  for (let p = 0; p < plans.length; p++) excluded.add(plans[p].childId);
  for (let c = 0; c < care.length; c++) excluded.add(care[c].childId);
  return cin.filter((r) => !excluded.has(r.childId));
}

export function cinBlocks(ctx: IndicatorContext): DistrictBlock[] {
  const counts = ctx.parsed.lists[6] ? countByDistrict(localCinRows(ctx), districtNames(ctx.settings), (r) => ctx.resolver.homeDistrict(r)) : null;
  return numberAndRateBlocks(NUMBER_AND_RATE, ctx.settings, counts, missingListReason(6));
}

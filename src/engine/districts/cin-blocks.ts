/**
 * District blocks of children in need (local definition): a List 6 episode open at S (not
 * RC8/RC9) and neither on a plan nor looked after (not V3/V4) at S; number and rate per 10,000.
 */
import type { CinRow } from '../lists';
import type { DistrictBlock } from '../results';
import type { IndicatorContext } from '../indicators/context';
import { missingListReason } from '../indicators/common/result';
import {
  availableBlock, countByDistrict, districtCountSeries, districtNames, districtPopulations, districtRateSeries, unavailableBlock, type BlockHead,
} from './district-table';

const NUMBER: BlockHead = {
  id: 'cin-local-number',
  title: 'Children in need (local definition)',
  definition: 'Children with a CIN episode open at the period end who are neither on a child protection plan nor looked after, by district.',
};
const RATE: BlockHead = {
  id: 'cin-local-rate',
  title: 'Children in need (local definition) – rate per 10,000 aged under 18',
  definition: 'Children in need (local definition) at the period end per 10,000 children aged 0–17 of the district.',
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
  const names = districtNames(ctx.settings);
  const episodes = ctx.parsed.lists[6];
  if (!episodes) return [unavailableBlock(NUMBER, names, missingListReason(6)), unavailableBlock(RATE, names, missingListReason(6))];
  const counts = countByDistrict(localCinRows(ctx), names, (r) => ctx.resolver.homeDistrict(r));
  return [
    availableBlock(NUMBER, names, [districtCountSeries('Children in need', counts)]),
    availableBlock(RATE, names, [districtRateSeries(counts, districtPopulations(ctx.settings))]),
  ];
}

/** District block: children looked after by district of placement, at the previous quarter end and at S. */
import type { DistrictBlock } from '../results';
import type { IndicatorContext } from '../indicators/context';
import { isoFromDay } from '../dates';
import { missingListReason } from '../indicators/common/result';
import { availableBlock, countByDistrict, districtCountSeries, districtNames, unavailableBlock, type BlockHead } from './district-table';

const HEAD: BlockHead = {
  id: 'cla-by-placement-district',
  title: 'Children looked after by district of placement postcode',
  definition: 'Children looked after (not V3/V4) at the previous quarter end and at the period end, by district of their placement.',
};

export function claByPlacementDistrict(ctx: IndicatorContext): DistrictBlock {
  const names = districtNames(ctx.settings);
  const list = ctx.parsed.lists[8];
  if (!list) return unavailableBlock(HEAD, names, missingListReason(8));
  const { careAtPreviousQuarterEnd, atPeriodEnd } = ctx.derived;
  const series = ([[ctx.period.previousQuarterEnd, careAtPreviousQuarterEnd], [ctx.period.end, atPeriodEnd.care]] as const).map(([date, current]) =>
    districtCountSeries(isoFromDay(date), countByDistrict(current, names, (r) => ctx.resolver.placementDistrict(r))),
  );
  return availableBlock(HEAD, names, series);
}

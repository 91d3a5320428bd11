/** District blocks of child protection at S: number, rate per 10,000, and plans by latest category. */
import type { CpRow } from '../lists';
import type { DistrictBlock } from '../results';
import type { IndicatorContext } from '../indicators/context';
import { isOpenAt } from '../derived/open-at';
import { ABUSE_GROUPS, abuseGroupOf } from '../indicators/common/abuse-categories';
import { countIntoGroups } from '../indicators/common/groups';
import { missingListReason } from '../indicators/common/result';
import {
  availableBlock, countByDistrict, districtNames, districtPercentSeries, numberAndRateBlocks, unavailableBlock, type BlockHead, type NumberAndRate,
} from './district-table';

const NUMBER_AND_RATE: NumberAndRate = {
  id: 'cp',
  title: 'Children on a child protection plan',
  numberDefinition: 'Children with a child protection plan open at the period end, by district (of the current plan’s row).',
  rateDefinition: 'Children on a plan at the period end per 10,000 children aged 0–17 of the district.',
  seriesName: 'Children on a plan',
};
const CATEGORY: BlockHead = {
  id: 'cp-category-pct',
  title: 'Child protection plans – latest category of abuse',
  definition: 'Plans open at the period end by Latest Category of Abuse, as a percentage of the district’s open plans.',
};

export function cpBlocks(ctx: IndicatorContext): DistrictBlock[] {
  const names = districtNames(ctx.settings);
  const plans = ctx.parsed.lists[7];
  const reason = missingListReason(7);
  if (!plans) return [...numberAndRateBlocks(NUMBER_AND_RATE, ctx.settings, null, reason), unavailableBlock(CATEGORY, [...ABUSE_GROUPS], reason)];
  const districtOf = (r: CpRow): string => ctx.resolver.homeDistrict(r);
  const children = countByDistrict(ctx.derived.atPeriodEnd.plans, names, districtOf);
  return [...numberAndRateBlocks(NUMBER_AND_RATE, ctx.settings, children, reason), categoryBlock(ctx, plans, names, districtOf)];
}

/** One percent series per district: its open plans by #13 group, over its open plans. */
function categoryBlock(ctx: IndicatorContext, plans: readonly CpRow[], names: readonly string[], districtOf: (r: CpRow) => string): DistrictBlock {
  const openByDistrict = new Map<string, CpRow[]>(names.map((n) => [n, []]));
  for (let p = 0; p < plans.length; p++) {
    const plan = plans[p];
    if (!isOpenAt(plan, ctx.period.end)) continue;
    const district = districtOf(plan);
    (openByDistrict.get(district) ?? openByDistrict.get(names[names.length - 1]))?.push(plan);
  }
  const series = names.map((name) => {
    const open = openByDistrict.get(name) ?? [];
    const counts = countIntoGroups(open, ABUSE_GROUPS, abuseGroupOf);
    return districtPercentSeries(name, counts, counts.map(() => open.length));
  });
  return availableBlock(CATEGORY, [...ABUSE_GROUPS], series);
}

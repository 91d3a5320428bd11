/** All 23 indicators, in order. */
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { contactOutcomes, totalContacts } from './contacts';
import { referralOutcomes, referralSources, reReferrals, totalReferrals } from './referrals';
import { assessmentsCompleted, assessmentsInTimescale } from './assessments';
import { claFlows, claLegalStatus, claPlacementLocation, claPlacementType, claRate } from './looked-after';
import { cpCategory, cpFlows, cpRate, plansOpenTwoYears, secondPlans } from './child-protection';
import { cinFlows, cinRate } from './children-in-need';
import { careLeaversEet, careLeaversInTouch, careLeaversSuitable } from './care-leavers';

export const INDICATORS: readonly ((ctx: IndicatorContext) => IndicatorResult)[] = [
  totalContacts, contactOutcomes,
  totalReferrals, referralOutcomes, referralSources, reReferrals,
  assessmentsCompleted, assessmentsInTimescale,
  claRate, claFlows,
  cpRate, cpFlows, cpCategory, secondPlans, plansOpenTwoYears,
  cinRate, cinFlows,
  claPlacementType, claPlacementLocation, claLegalStatus,
  careLeaversInTouch, careLeaversSuitable, careLeaversEet,
];

export function computeIndicators(ctx: IndicatorContext): IndicatorResult[] {
  return INDICATORS.map((indicator) => indicator(ctx));
}

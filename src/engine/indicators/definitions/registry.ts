/**
 * Every indicator's definition, keyed by its number in indicators.md: open NN-*.ts beside the
 * specification's line. Each is executed by ../execute.ts (one kernel per kind, ../kernels/) and,
 * in the tests, by the naive reference interpreter (test/reference/).
 */
import type { Definition, IndicatorId } from './types';
import { TOTAL_CONTACTS } from './01-total-contacts';
import { CONTACT_OUTCOMES } from './02-contact-outcomes';
import { TOTAL_REFERRALS } from './03-total-referrals';
import { REFERRAL_OUTCOMES } from './04-referral-outcomes';
import { REFERRAL_SOURCES } from './05-referral-sources';
import { RE_REFERRALS } from './06-re-referrals';
import { ASSESSMENTS_COMPLETED } from './07-assessments-completed';
import { ASSESSMENTS_IN_TIMESCALE } from './08-assessments-in-timescale';
import { CLA_RATE } from './09-cla-rate';
import { CLA_FLOWS } from './10-cla-flows';
import { CP_RATE } from './11-cp-rate';
import { CP_FLOWS } from './12-cp-flows';
import { CP_CATEGORY } from './13-cp-category';
import { SECOND_PLANS } from './14-second-plans';
import { PLANS_OPEN_TWO_YEARS } from './15-plans-open-two-years';
import { CIN_RATE } from './16-cin-rate';
import { CIN_FLOWS } from './17-cin-flows';
import { CLA_PLACEMENT_TYPE } from './18-cla-placement-type';
import { CLA_PLACEMENT_LOCATION } from './19-cla-placement-location';
import { CLA_LEGAL_STATUS } from './20-cla-legal-status';
import { CARE_LEAVERS_IN_TOUCH } from './21-care-leavers-in-touch';
import { CARE_LEAVERS_SUITABLE } from './22-care-leavers-suitable';
import { CARE_LEAVERS_EET } from './23-care-leavers-eet';

export const DEFINITIONS: Record<IndicatorId, Definition> = {
  1: TOTAL_CONTACTS,
  2: CONTACT_OUTCOMES,
  3: TOTAL_REFERRALS,
  4: REFERRAL_OUTCOMES,
  5: REFERRAL_SOURCES,
  6: RE_REFERRALS,
  7: ASSESSMENTS_COMPLETED,
  8: ASSESSMENTS_IN_TIMESCALE,
  9: CLA_RATE,
  10: CLA_FLOWS,
  11: CP_RATE,
  12: CP_FLOWS,
  13: CP_CATEGORY,
  14: SECOND_PLANS,
  15: PLANS_OPEN_TWO_YEARS,
  16: CIN_RATE,
  17: CIN_FLOWS,
  18: CLA_PLACEMENT_TYPE,
  19: CLA_PLACEMENT_LOCATION,
  20: CLA_LEGAL_STATUS,
  21: CARE_LEAVERS_IN_TOUCH,
  22: CARE_LEAVERS_SUITABLE,
  23: CARE_LEAVERS_EET,
};

export const INDICATOR_IDS = Object.keys(DEFINITIONS).map(Number) as IndicatorId[];

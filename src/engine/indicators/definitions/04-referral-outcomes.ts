/**
 * #4 Referral outcomes – year to date — indicators.md: referrals in the period by their
 * `Referral Outcome` column; without it, `No further action` (Referral NFA? = Yes); else
 * `Progressed to assessment` (a List 4 assessment of the same child starting on or after the
 * referral date and before that child's next referral); else `Other outcome`.
 */
import type { OutcomeBreakdown } from './types';

export const REFERRAL_OUTCOMES: OutcomeBreakdown<3> = {
  kind: 'outcome breakdown',
  id: 4,
  head: {
    title: 'Referral outcomes – year to date',
    definition: 'Referrals received in the period by outcome, as a percentage of all referrals in the period.',
  },
  list: 3,
  date: 'date',
  count: 'Referrals',
  outcome: { heading: 'referral outcome', field: 'outcome', label: 'Referral Outcome' },
  fallback: {
    requires: 4,
    groups: [
      { label: () => 'No further action', test: { test: 'row', prepare: () => (r) => r.nfa === true } },
      {
        label: () => 'Progressed to assessment',
        test: {
          test: 'another event',
          timeline: 'assessmentStarts',
          window: [{ from: 'the same day' }, { until: 'the next later event', timeline: 'referralDays' }],
        },
      },
    ],
    otherwise: () => 'Other outcome',
  },
};

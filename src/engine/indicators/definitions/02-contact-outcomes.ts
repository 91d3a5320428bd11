/**
 * #2 Contact outcomes – year to date — indicators.md: contacts in the period by their
 * `Contact Outcome` column; without it, `Progressed to referral` (a List 3 referral of the same
 * child dated from the contact date to contact date + window days, default 7) and
 * `No referral within 7 days`.
 */
import type { OutcomeBreakdown } from './types';

export const CONTACT_OUTCOMES: OutcomeBreakdown<1> = {
  kind: 'outcome breakdown',
  id: 2,
  head: {
    title: 'Contact outcomes – year to date',
    definition: 'Contacts received in the period by outcome, as a percentage of all contacts in the period.',
  },
  list: 1,
  date: 'date',
  count: 'Contacts',
  outcome: { heading: 'contact outcome', field: 'outcome', label: 'Contact Outcome' },
  fallback: {
    requires: 3,
    groups: [
      {
        label: () => 'Progressed to referral',
        test: {
          test: 'another event',
          timeline: 'referralDays',
          window: [{ from: 'the same day' }, { until: 'days after', days: (s) => s.contactWindowDays }],
        },
      },
    ],
    otherwise: (s) => `No referral within ${s.contactWindowDays} days`,
  },
};

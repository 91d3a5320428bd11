/**
 * #6 Re-referrals within 12 months (cumulative year to date) — indicators.md: for month m,
 * `Referrals` = referrals from 1 April to the end of m; `Re-referrals` = those whose child has
 * another referral dated in [referral date − 12 months, referral date); `Percent`; benchmarks.
 */
import type { CumulativeRatio } from './types';

export const RE_REFERRALS: CumulativeRatio<3> = {
  kind: 'cumulative ratio',
  id: 6,
  head: {
    title: 'Re-referrals within 12 months (cumulative year to date)',
    definition: 'Referrals from 1 April to the month end whose child had another referral in the 12 months before.',
  },
  list: 3,
  date: 'date',
  total: 'Referrals',
  subset: {
    name: 'Re-referrals',
    test: {
      test: 'another event',
      timeline: 'referralDays',
      window: [{ from: 'months before', months: (s) => s.rereferralMonths }, { until: 'the day before' }],
    },
  },
  benchmark: 'rereferral_pct',
};

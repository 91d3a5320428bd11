/** #9 Children looked after – rate per 10,000 aged under 18 — indicators.md: distinct children with a List 8 period open at the month end, not V3/V4; `Rate` per 10,000; benchmarks. */
import type { OpenAtMonthEnd } from './types';

export const CLA_RATE: OpenAtMonthEnd = {
  kind: 'open at month end',
  id: 9,
  head: {
    title: 'Children looked after – rate per 10,000 aged under 18',
    definition: 'Distinct children with a period of care (List 8, not V3/V4) open at the month end, and the rate per 10,000 children aged 0–17.',
  },
  list: 8,
  open: 'care',
  count: 'Children looked after',
  benchmark: 'cla_rate_per_10k',
};

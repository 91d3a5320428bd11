/** #11 Child protection plans – rate per 10,000 aged under 18 — indicators.md: distinct children with a List 7 plan open at month end; `Rate`; benchmarks. */
import type { OpenAtMonthEnd } from './types';

export const CP_RATE: OpenAtMonthEnd = {
  kind: 'open at month end',
  id: 11,
  head: {
    title: 'Child protection plans – rate per 10,000 aged under 18',
    definition: 'Distinct children with a child protection plan (List 7) open at the month end, and the rate per 10,000 children aged 0–17.',
  },
  list: 7,
  open: 'plans',
  count: 'Children on a plan',
  benchmark: 'cp_rate_per_10k',
};

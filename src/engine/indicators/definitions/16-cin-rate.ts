/**
 * #16 Children in need (national definition) – rate per 10,000 aged under 18 — indicators.md:
 * distinct children with a List 6 episode open at month end (not RC8/RC9, left out for its whole
 * life), or a plan open in List 7, or a period open in List 8 (not V3/V4); `Rate`; benchmarks.
 */
import { missingPartsWarnings } from '../common/national-cin';
import type { OpenAtMonthEnd } from './types';

export const CIN_RATE: OpenAtMonthEnd = {
  kind: 'open at month end',
  id: 16,
  head: {
    title: 'Children in need (national definition) – rate per 10,000 aged under 18',
    definition: 'Distinct children at the month end with a CIN episode open (not closed RC8/RC9), a child protection plan open, or a period of care open (not V3/V4).',
  },
  list: 6,
  open: 'cin',
  count: 'Children in need',
  benchmark: 'cin_rate_per_10k',
  warnings: missingPartsWarnings,
};

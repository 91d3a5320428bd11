/** #17 Children in need – starting, ceasing and number at month end — indicators.md: List 6 episodes (not RC8/RC9) starting and closing in the month; `At month end` as #16. */
import { missingPartsWarnings } from '../common/national-cin';
import type { Flows } from './types';

export const CIN_FLOWS: Flows = {
  kind: 'flows',
  id: 17,
  head: {
    title: 'Children in need – starting, ceasing and number at month end',
    definition: 'CIN episodes (not closed RC8/RC9) starting and closing in the month, and children in need at the month end.',
  },
  list: 6,
  rows: 'counted',
  open: 'cin',
  warnings: missingPartsWarnings,
};

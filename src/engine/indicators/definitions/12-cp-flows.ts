/** #12 Child protection plans – starting, ceasing and number at month end — indicators.md: plans by start/end date in the month; `At month end` as #11. */
import type { Flows } from './types';

export const CP_FLOWS: Flows = {
  kind: 'flows',
  id: 12,
  head: {
    title: 'Child protection plans – starting, ceasing and number at month end',
    definition: 'Plans starting and ending in the month, and children on a plan at the month end.',
  },
  list: 7,
  rows: 'all',
  open: 'plans',
};

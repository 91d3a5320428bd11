/** #10 Children looked after – starting, ceasing and number at month end — indicators.md: periods (V3/V4 excluded) started and ceased in the month; `At month end` as #9. */
import type { Flows } from './types';

export const CLA_FLOWS: Flows = {
  kind: 'flows',
  id: 10,
  head: {
    title: 'Children looked after – starting, ceasing and number at month end',
    definition: 'Periods of care (not V3/V4) starting and ceasing in the month, and children looked after at the month end.',
  },
  list: 8,
  rows: 'counted',
  open: 'care',
};

/** #21 Care leavers aged 19–21 the authority is in touch with — indicators.md: cohort (19th, 20th or 21st birthday in the period), `In touch` (LA In Touch = Yes), `Percent`; no benchmarks; breakdown by In Touch value. */
import { IN_TOUCH_GROUPS, inTouchGroupOf, isInTouch } from '../common/care-leavers';
import type { CareLeaverCohort } from './types';

export const CARE_LEAVERS_IN_TOUCH: CareLeaverCohort = {
  kind: 'care leaver cohort',
  id: 21,
  head: {
    title: 'Care leavers aged 19–21 the authority is in touch with',
    definition: 'Care leavers (List 9) whose 19th, 20th or 21st birthday falls in the period, and those the authority is in touch with.',
  },
  met: { name: 'In touch', test: isInTouch },
  benchmark: null,
  breakdown: { labels: IN_TOUCH_GROUPS, groupOf: inTouchGroupOf },
};

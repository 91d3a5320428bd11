/** #23 Care leavers aged 19–21 in education, employment or training — indicators.md: `In EET` (Activity F1–F5, P1–P5), `Percent`; benchmarks; breakdown by activity group. */
import { ACTIVITY_GROUPS, activityGroupOf, isInEet } from '../common/care-leavers';
import type { CareLeaverCohort } from './types';

export const CARE_LEAVERS_EET: CareLeaverCohort = {
  kind: 'care leaver cohort',
  id: 23,
  head: {
    title: 'Care leavers aged 19–21 in education, employment or training',
    definition: 'Care leavers whose 19th, 20th or 21st birthday falls in the period, and those in education, employment or training.',
  },
  met: { name: 'In EET', test: isInEet },
  benchmark: 'care_leavers_19_21_eet_pct',
  breakdown: { labels: ACTIVITY_GROUPS.map(([label]) => label), groupOf: activityGroupOf },
};

/** #22 Care leavers aged 19–21 in suitable accommodation — indicators.md: `Suitable` (Suitability = Suitable, or a 903 Type of Accommodation code whose second character is 1), `Percent`; benchmarks. */
import { isSuitablyHoused } from '../common/care-leavers';
import type { CareLeaverCohort } from './types';

export const CARE_LEAVERS_SUITABLE: CareLeaverCohort = {
  kind: 'care leaver cohort',
  id: 22,
  head: {
    title: 'Care leavers aged 19–21 in suitable accommodation',
    definition: 'Care leavers whose 19th, 20th or 21st birthday falls in the period, and those in suitable accommodation.',
  },
  met: { name: 'Suitable', test: isSuitablyHoused },
  benchmark: 'care_leavers_19_21_suitable_pct',
};

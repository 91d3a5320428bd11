/** #15 Child protection plans open 2 years or more at closure — indicators.md: plans ending from 1 April to the end of m: `Plans ended`, `Open 2+ years` (end on or after the second anniversary of the start), `Percent`; benchmarks. */
import type { CpRow } from '../../lists';
import { addYears } from '../../dates';
import { memoDays } from '../common/day-memo';
import type { CumulativeRatio } from './types';

export const PLANS_OPEN_TWO_YEARS: CumulativeRatio<7> = {
  kind: 'cumulative ratio',
  id: 15,
  head: {
    title: 'Child protection plans open 2 years or more at closure',
    definition: 'Plans ending from 1 April to the month end that ended on or after the second anniversary of their start.',
  },
  list: 7,
  date: 'end',
  total: 'Plans ended',
  subset: {
    name: 'Open 2+ years',
    test: {
      test: 'row',
      prepare: () => {
        // Plan starts repeat across rows: the second anniversary is worked out once per distinct start.
        const secondAnniversary = memoDays((start) => addYears(start, 2));
        return (p: CpRow) => p.end !== null && p.end >= secondAnniversary(p.start);
      },
    },
  },
  benchmark: 'cpp_2yrs_at_closure_pct',
};

/**
 * #14 Children who became the subject of a plan for a second or subsequent time — indicators.md:
 * plans starting from 1 April to the end of m: `Plans started`, `Second or subsequent` (Number of
 * Previous Child Protection Plans ≥ 1, or the same child has a plan in List 7 that started
 * earlier), `Percent`; benchmarks.
 */
import type { CpRow } from '../../lists';
import type { CumulativeRatio } from './types';

export const SECOND_PLANS: CumulativeRatio<7> = {
  kind: 'cumulative ratio',
  id: 14,
  head: {
    title: 'Children who became the subject of a plan for a second or subsequent time',
    definition: 'Plans starting from 1 April to the month end where the child had a previous plan (by count or by an earlier plan in List 7).',
  },
  list: 7,
  date: 'start',
  total: 'Plans started',
  subset: {
    name: 'Second or subsequent',
    test: {
      test: 'any of',
      tests: [
        { test: 'row', prepare: () => (p: CpRow) => p.previousPlans >= 1 },
        { test: 'another event', timeline: 'planStarts', window: [{ from: 'any earlier day' }, { until: 'the day before' }] },
      ],
    },
  },
  benchmark: 'second_cpp_pct',
};

/**
 * #8 Assessments completed within 45 working days — indicators.md: for month m, assessments
 * authorised from 1 April to the end of m: `Completed`, `Within timescale` (working days from
 * start to authorisation ≤ 45), `Percent`; also `Percent in month` for those authorised in m
 * alone; benchmarks. Authorisation before start: row problem, excluded.
 */
import type { AssessmentRow } from '../../lists';
import { workingDaysBetween } from '../../calendar/working-days';
import type { CumulativeRatio } from './types';

export const ASSESSMENTS_IN_TIMESCALE: CumulativeRatio<4> = {
  kind: 'cumulative ratio',
  id: 8,
  // The title names the configured timescale (the indicators.md title at the default 45).
  head: (s) => ({
    title: `Assessments completed within ${s.assessmentDays} working days`,
    definition: 'Assessments authorised from 1 April to the month end (and in the month alone) whose authorisation came within the timescale in working days.',
  }),
  list: 4,
  date: 'authorised',
  // An authorisation before the start is a row problem (the parser reports it); never counted.
  counts: { test: 'row', prepare: () => (a: AssessmentRow) => a.authorised !== null && a.authorised >= a.start },
  total: 'Completed',
  subset: {
    name: 'Within timescale',
    test: {
      test: 'row',
      prepare: (s) => {
        const holidays = new Set(s.bankHolidays);
        return (a: AssessmentRow) => a.authorised !== null && workingDaysBetween(a.start, a.authorised, holidays) <= s.assessmentDays;
      },
    },
  },
  percentInMonth: 'Percent in month',
  benchmark: 'assessments_45wd_pct',
};

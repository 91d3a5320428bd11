/** #7 Social work assessments completed – year to date — indicators.md: `Completed`: List 4 rows whose Date of Authorisation is in the month; `Cumulative` year to date. `Previous year`. */
import type { MonthlyCount } from './types';

export const ASSESSMENTS_COMPLETED: MonthlyCount<4> = {
  kind: 'monthly count',
  id: 7,
  head: {
    title: 'Social work assessments completed – year to date',
    definition: 'Assessments (List 4) by Date of Authorisation, per month and cumulative, with the same months a year earlier.',
  },
  list: 4,
  date: 'authorised',
  series: 'Completed',
  cumulative: 'Cumulative',
};

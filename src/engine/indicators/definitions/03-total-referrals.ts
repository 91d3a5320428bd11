/** #3 Referrals to children's social care — indicators.md: `Referrals`: List 3 rows with Date of Referral in the month. `Previous year`. */
import type { MonthlyCount } from './types';

export const TOTAL_REFERRALS: MonthlyCount<3> = {
  kind: 'monthly count',
  id: 3,
  head: {
    title: "Referrals to children's social care",
    definition: 'Referrals (List 3 rows) by Date of Referral, per month, with the same months a year earlier.',
  },
  list: 3,
  date: 'date',
  series: 'Referrals',
};

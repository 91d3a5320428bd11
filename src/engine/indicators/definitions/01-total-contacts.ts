/** #1 Total contacts received — indicators.md: `Contacts`: List 1 rows with Date of Contact in the month. `Previous year`. */
import type { MonthlyCount } from './types';

export const TOTAL_CONTACTS: MonthlyCount<1> = {
  kind: 'monthly count',
  id: 1,
  head: {
    title: 'Total contacts received',
    definition: 'Contacts (List 1 rows) by Date of Contact, per month, with the same months a year earlier.',
  },
  list: 1,
  date: 'date',
  series: 'Contacts',
};

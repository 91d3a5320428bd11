/** Indicators 1–2: contacts received and contact outcomes. */
import type { Day } from '../types';
import type { ContactRow } from '../lists';
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { availableResult, hasColumn, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries } from './common/series';
import { countByMonth } from './common/open-at';
import { earliestDate, monthIndexer, monthKeys, previousYearMonths, previousYearValues } from './common/months';
import { datesByChild } from './common/by-child';
import { anyInRange } from './common/search';
import { groupOutcomeText } from './common/outcome-text';
import { breakdownResult } from './common/breakdown';

const HEAD_1: IndicatorHead = {
  id: 1,
  title: 'Total contacts received',
  definition: 'Contacts (List 1 rows) by Date of Contact, per month, with the same months a year earlier.',
  kind: 'monthly',
};

const HEAD_2: IndicatorHead = {
  id: 2,
  title: 'Contact outcomes – year to date',
  definition: 'Contacts received in the period by outcome, as a percentage of all contacts in the period.',
  kind: 'breakdown',
};

export function totalContacts(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed } = ctx;
  const contacts = parsed.lists[1];
  if (!contacts) return unavailableResult(HEAD_1, monthKeys(period), missingListReason(1));
  const counts = countByMonth(contacts, (c) => c.date, monthIndexer(period.months), period.months.length);
  const previousMonths = previousYearMonths(period);
  const previous = countByMonth(contacts, (c) => c.date, monthIndexer(previousMonths), previousMonths.length);
  const earliest = earliestDate(parsed.info[1]?.earliest.date, contacts, (c) => c.date);
  return availableResult(HEAD_1, monthKeys(period), [
    countSeries('Contacts', counts),
    countSeries('Previous year', previousYearValues(previous, previousMonths, earliest)),
  ]);
}

function contactsInPeriod(contacts: readonly ContactRow[], start: Day, end: Day): ContactRow[] {
  return contacts.filter((c) => c.date >= start && c.date <= end);
}

export function contactOutcomes(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  const contacts = parsed.lists[1];
  if (!contacts) return unavailableResult(HEAD_2, [], missingListReason(1));
  const inPeriod = contactsInPeriod(contacts, period.start, period.end);
  const withOutcomeColumn = hasColumn(parsed, 1, 'contact outcome', contacts, (c) => c.outcome !== null);
  if (withOutcomeColumn) {
    const { labels, counts } = groupOutcomeText(inPeriod.map((c) => c.outcome));
    return breakdownResult(HEAD_2, labels, counts, 'Contacts');
  }
  const referrals = parsed.lists[3];
  if (!referrals) {
    return unavailableResult(HEAD_2, [], `${missingListReason(3)} and List 1 has no Contact Outcome column`);
  }
  const referralDates = datesByChild(referrals, (r) => r.date);
  const window = settings.contactWindowDays;
  let progressed = 0;
  for (const c of inPeriod) {
    const dates = referralDates.get(c.childId);
    if (dates && anyInRange(dates, c.date, c.date + window)) progressed += 1;
  }
  const labels = ['Progressed to referral', `No referral within ${window} days`];
  return breakdownResult(HEAD_2, labels, [progressed, inPeriod.length - progressed], 'Contacts');
}

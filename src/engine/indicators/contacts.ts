/** Indicators 1–2: contacts received and contact outcomes. */
import type { Day } from '../types';
import type { ContactRow } from '../lists';
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { availableResult, hasColumn, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries } from './common/series';
import { earliestDate, monthKeys, previousYearValues } from './common/months';
import { endOf, firstOf } from '../derived/days-by-child';
import { lowerBound } from '../search';
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
  const { previousMonths, monthIndex, previousMonthIndex } = ctx.derived;
  const { current: counts, previous } = countThisAndLastYear(contacts, monthIndex, previousMonthIndex, period.months.length);
  const earliest = earliestDate(parsed.info[1]?.earliest.date, contacts, (c) => c.date);
  return availableResult(HEAD_1, monthKeys(period), [
    countSeries('Contacts', counts),
    countSeries('Previous year', previousYearValues(previous, previousMonths, earliest)),
  ]);
}

/** Rows per report month and per the same month a year earlier, in one pass over the dates. */
export function countThisAndLastYear(
  rows: readonly { date: Day }[],
  monthIndex: (d: Day) => number,
  previousMonthIndex: (d: Day) => number,
  monthCount: number,
): { current: number[]; previous: number[] } {
  const current = new Array<number>(monthCount).fill(0);
  const previous = new Array<number>(monthCount).fill(0);
  for (let r = 0; r < rows.length; r++) {
    const d = rows[r].date;
    const i = monthIndex(d);
    if (i >= 0) current[i] += 1;
    const j = previousMonthIndex(d);
    if (j >= 0) previous[j] += 1;
  }
  return { current, previous };
}

function contactsInPeriod(contacts: readonly ContactRow[], start: Day, end: Day): ContactRow[] {
  return contacts.filter((c) => c.date >= start && c.date <= end);
}

export function contactOutcomes(ctx: IndicatorContext): IndicatorResult {
  const { period, parsed, settings } = ctx;
  const contacts = parsed.lists[1];
  if (!contacts) return unavailableResult(HEAD_2, [], missingListReason(1));
  const withOutcomeColumn = hasColumn(parsed, 1, 'contact outcome', contacts, (c) => c.outcome !== null);
  if (withOutcomeColumn) {
    const { labels, counts } = groupOutcomeText(contactsInPeriod(contacts, period.start, period.end).map((c) => c.outcome));
    return breakdownResult(HEAD_2, labels, counts, 'Contacts');
  }
  const referrals = parsed.lists[3];
  if (!referrals) {
    return unavailableResult(HEAD_2, [], `${missingListReason(3)} and List 1 has no Contact Outcome column`);
  }
  const { referralDays, children } = ctx.derived.timelines;
  const window = settings.contactWindowDays;
  const { start, end: periodEnd } = period;
  const { days } = referralDays;
  let inPeriod = 0;
  let progressed = 0;
  // One pass over List 1 (its largest list) without copying the contacts of the period.
  for (let r = 0; r < contacts.length; r++) {
    const c = contacts[r];
    if (c.date < start || c.date > periodEnd) continue;
    inPeriod += 1;
    // Contacts are looked up, not numbered: a child with no referral has no number.
    const child = children.find(c.childId);
    if (child < 0) continue;
    const end = endOf(referralDays, child);
    const i = lowerBound(days, c.date, firstOf(referralDays, child), end);
    if (i < end && days[i] <= c.date + window) progressed += 1;
  }
  const labels = ['Progressed to referral', `No referral within ${window} days`];
  return breakdownResult(HEAD_2, labels, [progressed, inPeriod - progressed], 'Contacts');
}

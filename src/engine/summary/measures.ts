/**
 * The headline measure of each indicator (summary.md's table), as data: where its value comes
 * from in the indicator's own result, what it is compared with, its default polarity, and the
 * words the headline sentence uses for it.
 */
import type { Polarity } from './types';

/**
 * Where the value is taken from: the sum of a monthly count series (year to date), the last
 * value of a monthly series, or the value of one category of a breakdown (or of the single
 * period category of #21–23).
 */
export type ValueSource =
  | { from: 'sum'; series: string }
  | { from: 'last'; series: string }
  | { from: 'category'; series: string; category: string | null };

/** What it is compared with: the same months a year earlier, the last month of the previous quarter, or nothing. */
export type Comparison = 'previous-year' | 'previous-quarter' | 'none';

export interface HeadlineMeasure {
  id: number;
  measure: string;
  source: ValueSource;
  comparison: Comparison;
  polarity: Polarity;
  /** Subject and verb of the headline sentence ("Re-referrals within 12 months were …"). */
  subject: string;
  verb: 'was' | 'were';
}

/** The seven monthly series that get a control chart, by indicator (summary.md "Signals"). */
export const SPC_SERIES: Readonly<Record<number, string>> = {
  1: 'Contacts',
  3: 'Referrals',
  7: 'Completed',
  8: 'Percent in month',
  10: 'At month end',
  12: 'At month end',
  17: 'At month end',
};

/** How the headline sentence names the control chart's points. */
export const SPC_SUBJECTS: Readonly<Record<number, string>> = {
  1: 'the monthly number',
  3: 'the monthly number',
  7: 'the monthly number',
  8: 'the in-month percentage',
  10: 'the month-end number',
  12: 'the month-end number',
  17: 'the month-end number',
};

const m = (
  id: number,
  measure: string,
  source: ValueSource,
  comparison: Comparison,
  polarity: Polarity,
  subject: string,
  verb: 'was' | 'were' = 'were',
): HeadlineMeasure => ({ id, measure, source, comparison, polarity, subject, verb });

const PERIOD = null;

export const HEADLINE_MEASURES: readonly HeadlineMeasure[] = [
  m(1, 'Contacts, year to date', { from: 'sum', series: 'Contacts' }, 'previous-year', 'neither', 'Contacts in the year to date'),
  m(2, 'Contacts progressed to referral (%)', { from: 'category', series: 'Percent', category: 'Progressed to referral' }, 'none', 'neither', 'Contacts progressed to referral'),
  m(3, 'Referrals, year to date', { from: 'sum', series: 'Referrals' }, 'previous-year', 'neither', 'Referrals in the year to date'),
  m(4, 'Referrals with no further action (%)', { from: 'category', series: 'Percent', category: 'No further action' }, 'none', 'neither', 'Referrals with no further action'),
  m(5, 'Referrals from the police (%)', { from: 'category', series: 'Percent', category: 'Police' }, 'none', 'neither', 'Referrals from the police'),
  m(6, 'Re-referrals within 12 months (%)', { from: 'last', series: 'Percent' }, 'previous-quarter', 'low', 'Re-referrals within 12 months'),
  m(7, 'Assessments completed, year to date', { from: 'last', series: 'Cumulative' }, 'previous-year', 'neither', 'Assessments completed in the year to date'),
  m(8, 'Assessments within 45 working days (%)', { from: 'last', series: 'Percent' }, 'previous-quarter', 'high', 'Assessments within 45 working days'),
  m(9, 'Children looked after per 10,000', { from: 'last', series: 'Rate' }, 'previous-quarter', 'neither', 'The rate of children looked after', 'was'),
  m(10, 'Children looked after at the period end', { from: 'last', series: 'At month end' }, 'previous-quarter', 'neither', 'Children looked after at the period end'),
  m(11, 'Child protection plans per 10,000', { from: 'last', series: 'Rate' }, 'previous-quarter', 'neither', 'The rate of children on a protection plan', 'was'),
  m(12, 'Children on a plan at the period end', { from: 'last', series: 'At month end' }, 'previous-quarter', 'neither', 'Children on a protection plan at the period end'),
  m(13, 'Current plans for neglect (%)', { from: 'category', series: 'Percent', category: 'Neglect' }, 'none', 'neither', 'Current plans for neglect'),
  m(14, 'Second or subsequent plans (%)', { from: 'last', series: 'Percent' }, 'previous-quarter', 'low', 'Second or subsequent plans'),
  m(15, 'Plans open 2+ years at closure (%)', { from: 'last', series: 'Percent' }, 'previous-quarter', 'low', 'Plans open 2 years or more at closure'),
  m(16, 'Children in need per 10,000', { from: 'last', series: 'Rate' }, 'previous-quarter', 'neither', 'The rate of children in need', 'was'),
  m(17, 'Children in need at the period end', { from: 'last', series: 'At month end' }, 'previous-quarter', 'neither', 'Children in need at the period end'),
  m(18, 'Looked after children in foster placements (%)', { from: 'category', series: 'Percent', category: 'Foster placements' }, 'none', 'high', 'Looked after children in foster placements'),
  m(19, 'Looked after children placed outside the authority (%)', { from: 'category', series: 'Percent', category: 'Outside the authority' }, 'none', 'low', 'Looked after children placed outside the authority'),
  m(20, 'Looked after under section 20 (%)', { from: 'category', series: 'Percent', category: 'Accommodated under section 20' }, 'none', 'neither', 'Looked after children under section 20'),
  m(21, 'Care leavers in touch (%)', { from: 'category', series: 'Percent', category: PERIOD }, 'none', 'high', 'Care leavers aged 19–21 in touch'),
  m(22, 'Care leavers in suitable accommodation (%)', { from: 'category', series: 'Percent', category: PERIOD }, 'none', 'high', 'Care leavers aged 19–21 in suitable accommodation'),
  m(23, 'Care leavers in education, employment or training (%)', { from: 'category', series: 'Percent', category: PERIOD }, 'none', 'high', 'Care leavers aged 19–21 in education, employment or training'),
];

/** Indicators whose headline has benchmarks (indicators.md names them). */
export const BENCHMARKED = new Set([6, 8, 9, 11, 14, 15, 16, 22, 23]);

import { lastCompleteQuarter, makePeriod, resolvePeriod } from '../../../src/engine/calendar/period';
import { monthIndexer } from '../../../src/engine/derived/month-lookup';
import { isoFromDay } from '../../../src/engine/dates';
import { d, parsedLists, referral, testSettings } from '../fixtures';

describe('makePeriod', () => {
  it('builds 2021/22 Q2: April–September, snapshot 30/09/2021', () => {
    const p = makePeriod(2021, 2);
    expect([isoFromDay(p.start), isoFromDay(p.end), isoFromDay(p.previousQuarterEnd)]).toEqual(['2021-04-01', '2021-09-30', '2021-06-30']);
    expect(p.months.map((m) => m.key)).toEqual(['2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09']);
    expect(p.months[0].label).toBe('Apr 2021');
    expect(p.label).toBe('2021/22 Q2');
    expect(p.financialYearLabel).toBe('2021/22');
  });
  it('Q1 looks back to 31 March; Q4 ends 31 March of the next year with 12 months', () => {
    expect(isoFromDay(makePeriod(2021, 1).previousQuarterEnd)).toBe('2021-03-31');
    const q4 = makePeriod(2021, 4);
    expect(isoFromDay(q4.end)).toBe('2022-03-31');
    expect(q4.months).toHaveLength(12);
    expect(q4.months[11]).toMatchObject({ key: '2022-03', label: 'Mar 2022' });
    expect(isoFromDay(q4.months[10].last)).toBe('2022-02-28');
    expect(makePeriod(2099, 3).label).toBe('2099/00 Q3');
  });
  it('finds the month of a day', () => {
    const monthIndexOf = (months: Parameters<typeof monthIndexer>[0], day: number): number => monthIndexer(months)(day);
    const p = makePeriod(2021, 2);
    expect(monthIndexOf(p.months, d('2021-04-01'))).toBe(0);
    expect(monthIndexOf(p.months, d('2021-06-30'))).toBe(2);
    expect(monthIndexOf(p.months, d('2021-07-01'))).toBe(3);
    expect(monthIndexOf(p.months, d('2021-09-30'))).toBe(5);
    expect(monthIndexOf(p.months, d('2021-10-01'))).toBe(-1);
    expect(monthIndexOf(p.months, d('2021-03-31'))).toBe(-1);
  });
});

describe('lastCompleteQuarter', () => {
  it('is the last quarter whose end is on or before the reference date, else Q1', () => {
    expect(lastCompleteQuarter(2021, d('2021-09-30'))).toBe(2);
    expect(lastCompleteQuarter(2021, d('2021-09-29'))).toBe(1);
    expect(lastCompleteQuarter(2021, d('2021-05-10'))).toBe(1);
    expect(lastCompleteQuarter(2021, d('2022-03-31'))).toBe(4);
    expect(lastCompleteQuarter(2021, d('2022-02-01'))).toBe(3);
  });
});

describe('resolvePeriod', () => {
  const today = d('2023-01-15');
  it('uses the settings when given', () => {
    const p = resolvePeriod(testSettings({ financialYear: 2020, quarter: 3 }), parsedLists({}), today);
    expect(p.label).toBe('2020/21 Q3');
  });
  it('takes the year and last complete quarter from the latest List 3 date', () => {
    const parsed = parsedLists({ 3: [referral('A', '2020-11-02'), referral('B', '2021-10-05'), referral('C', '2021-06-01')] });
    expect(resolvePeriod(testSettings(), parsed, today).label).toBe('2021/22 Q2');
  });
  it('a latest referral in March gives Q3 of the year it belongs to', () => {
    const parsed = parsedLists({ 3: [referral('A', '2022-03-30')] });
    expect(resolvePeriod(testSettings(), parsed, today).label).toBe('2021/22 Q3');
  });
  it('falls back to today without List 3, and to Q1 when no quarter is complete', () => {
    expect(resolvePeriod(testSettings(), parsedLists({}), today).label).toBe('2022/23 Q3');
    expect(resolvePeriod(testSettings(), parsedLists({}), d('2022-04-20')).label).toBe('2022/23 Q1');
  });
  it('with a year set but no quarter, completes against the latest referral', () => {
    const parsed = parsedLists({ 3: [referral('A', '2021-12-31')] });
    expect(resolvePeriod(testSettings({ financialYear: 2021 }), parsed, today).label).toBe('2021/22 Q3');
    expect(resolvePeriod(testSettings({ financialYear: 2020 }), parsed, today).label).toBe('2020/21 Q4');
  });
});

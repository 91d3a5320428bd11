import { financialYearChoices, financialYearLabel, parseFinancialYear, parseQuarter, QUARTER_CHOICES } from '../../src/taskpane/periods';

describe('periods', () => {
  test('financial year labels carry the two-digit end year, across a century too', () => {
    expect(financialYearLabel(2021)).toBe('2021/22');
    expect(financialYearLabel(2099)).toBe('2099/00');
    expect(financialYearLabel(2008)).toBe('2008/09');
  });

  test('"From the data" first, then 2026/27 down to 2019/20', () => {
    const choices = financialYearChoices();
    expect(choices).toHaveLength(9);
    expect(choices[0]).toEqual({ value: '', label: 'From the data' });
    expect(choices[1]).toEqual({ value: '2026', label: '2026/27' });
    expect(choices[8]).toEqual({ value: '2019', label: '2019/20' });
  });

  test('quarters: last complete quarter first, then Q1–Q4', () => {
    expect(QUARTER_CHOICES.map((c) => c.value)).toEqual(['', '1', '2', '3', '4']);
  });

  test('select values back to build options', () => {
    expect(parseFinancialYear('')).toBeNull();
    expect(parseFinancialYear('2021')).toBe(2021);
    expect(parseQuarter('')).toBeNull();
    expect(parseQuarter('3')).toBe(3);
    expect(parseQuarter('5')).toBeNull();
  });
});

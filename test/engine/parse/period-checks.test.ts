import type { ReportPeriod } from '../../../src/engine/period';
import { checkAgainstPeriod, parseWorkbook } from '../../../src/engine/parse';

// 2021/22 Q2: 1 April 2021 (Day 18718) to 30 September 2021 (18628 + 272 = Day 18900).
const Q2_2021: ReportPeriod = {
  fyStartYear: 2021,
  quarter: 2,
  start: 18718,
  end: 18900,
  previousQuarterEnd: 18808,
  months: [],
  financialYearLabel: '2021/22',
  label: '2021/22 Q2',
};

describe('checkAgainstPeriod', () => {
  const parsed = parseWorkbook([
    { name: 'List 1', values: [['Child Unique ID', 'Date of Contact'], ['C1', '01/04/2020'], ['C2', '30/09/2022']] },
    {
      name: 'Referrals',
      values: [
        ['Child Unique ID', 'DOB', 'Date of Referral'],
        ['R1', '30/09/1995', '02/04/2020'], // 26th birthday on the period end: over 25
        ['R2', '01/10/1995', '01/10/2022'], // 25 on the period end; referral a year and a day after it
        ['R3', '01/10/2021', '01/05/2021'], // born the day after the period end: under 0
        ['R4', '30/09/2021', '01/05/2021'], // born on the period end: age 0, fine
      ],
    },
  ]);
  const problems = checkAgainstPeriod(parsed, Q2_2021);

  it('warns about far-future dates, impossible ages and a list that starts too late, in that order per list', () => {
    const base = { list: 3, sheet: 'Referrals', severity: 'warning', excluded: false };
    expect(problems).toEqual([
      { ...base, row: 2, column: 'DOB', columnIndex: 1, value: null, message: 'DOB makes the child over 25 on the period end (30/09/2021); check the date' },
      { ...base, row: 3, column: 'Date of Referral', columnIndex: 2, value: '01/10/2022',
        message: 'Date of Referral "01/10/2022" is more than a year after the period end (30/09/2021): check the date' },
      { ...base, row: 4, column: 'DOB', columnIndex: 1, value: null,
        message: "DOB is after the period end (30/09/2021): the child's age would be under 0; check the date" },
      { ...base, row: null, column: 'Date of Referral', columnIndex: 2, value: '02/04/2020',
        message: 'List 3: Referrals on sheet "Referrals": the earliest Date of Referral is 02/04/2020, later than 01/04/2020 ' +
          '(12 months before the financial year start), so re-referral and repeat-plan figures may be understated' },
    ]);
  });

  it('accepts a date exactly a year after the period end and a list that reaches back exactly 12 months', () => {
    expect(problems.filter((p) => p.list === 1)).toEqual([]);
  });

  it('records the earliest and latest of each date field, and the dates of birth apart from info', () => {
    // 02/04/2020 = Day 18354, 01/10/2022 = Day 19266; births 30/09/1995 = 9403 … 01/10/2021 = 18901.
    expect(parsed.info[3]?.earliest).toEqual({ date: 18354 });
    expect(parsed.info[3]?.latest).toEqual({ date: 19266 });
    expect(parsed.birthRanges?.[3]).toEqual({ earliest: 9403, latest: 18901 });
    expect(parsed.info[1]?.latest).toEqual({ date: 19265 });
    expect(parsed.birthRanges?.[1]).toEqual({ earliest: null, latest: null });
    expect(JSON.stringify(parsed.info)).not.toContain('9403');
  });

  it('finds the same problems by reading every row when a list carries no recorded ranges', () => {
    const withoutLatest = { ...parsed, info: { 1: { ...parsed.info[1]!, latest: undefined }, 3: { ...parsed.info[3]!, latest: undefined } } };
    expect(checkAgainstPeriod(withoutLatest, Q2_2021)).toEqual(problems);
    expect(checkAgainstPeriod({ ...parsed, birthRanges: undefined }, Q2_2021)).toEqual(problems);
  });

  it('never echoes a date of birth', () => {
    expect(JSON.stringify(problems)).not.toContain('1995');
    expect(JSON.stringify(problems)).not.toContain('01/10/2021');
  });

  it('counts a 29 February birthday as 28 February in a year without one', () => {
    // Period end 28/02/2022 = 18993 + 58 = Day 19051. Born 29/02/1996: 26th birthday falls on 28/02/2022, so over 25.
    const end = 19051;
    const leap = parseWorkbook([{ name: 'List 9', values: [['Child Unique ID', 'Date of Birth'], ['L1', '29/02/1996'], ['L2', '01/03/1996']] }]);
    const found = checkAgainstPeriod(leap, { ...Q2_2021, end });
    expect(found.map((p) => [p.row, p.message])).toEqual([[2, 'Date of Birth makes the child over 25 on the period end (28/02/2022); check the date']]);
  });
});

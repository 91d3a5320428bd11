import { parseDateCell } from '../../../src/engine/parse/dates';

// Hand-worked Day numbers (days since 1970-01-01):
// 2021-01-01 = 51×365 + 13 leap days = 18628; 1 April 2021 = 18628 + 31 + 28 + 31 = 18718 (Excel serial 44287 − 25569).
const APRIL_1_2021 = 18718;
const APRIL_3_2021 = 18720;
// 2020-01-01 = 50×365 + 12 = 18262; 16 September 2020 = 18262 + 244 (Jan–Aug of a leap year) + 15 = 18521.
const SEPT_16_2020 = 18521;
// 2024-01-01 = 54×365 + 13 = 19723; 29 February 2024 = 19723 + 31 + 28 = 19782.
const FEB_29_2024 = 19782;
// 5 June 2021 = 18628 + 31 + 28 + 31 + 30 + 31 + 4 = 18783.
const JUNE_5_2021 = 18783;

describe('parseDateCell', () => {
  it('reads Excel serial numbers, ignoring the time fraction', () => {
    expect(parseDateCell(44287)).toBe(APRIL_1_2021);
    expect(parseDateCell(44287.75)).toBe(APRIL_1_2021);
    expect(parseDateCell(44090)).toBe(SEPT_16_2020); // 18521 + 25569
  });

  it('rejects serials outside what Excel can hold', () => {
    expect(parseDateCell(0)).toBeNull();
    expect(parseDateCell(-3)).toBeNull();
    expect(parseDateCell(3_000_000)).toBeNull();
    expect(parseDateCell(Number.NaN)).toBeNull();
  });

  it('reads JavaScript Dates by their UTC calendar day', () => {
    expect(parseDateCell(new Date(Date.UTC(2021, 3, 1)))).toBe(APRIL_1_2021);
    expect(parseDateCell(new Date('2021-03-31T23:30:00.000Z'))).toBe(APRIL_1_2021 - 1);
    expect(parseDateCell(new Date('not a date'))).toBeNull();
  });

  it('reads DD/MM/YYYY day first, never month first', () => {
    expect(parseDateCell('03/04/2021')).toBe(APRIL_3_2021);
    expect(parseDateCell('01/04/2021')).toBe(APRIL_1_2021);
    expect(parseDateCell('12/25/2021')).toBeNull();
  });

  it('reads D/M/YYYY and two-digit years as 20YY', () => {
    expect(parseDateCell('5/6/2021')).toBe(JUNE_5_2021);
    expect(parseDateCell('3/4/21')).toBe(APRIL_3_2021);
    expect(parseDateCell('01/04/21')).toBe(APRIL_1_2021);
    expect(parseDateCell('03-04-2021')).toBe(APRIL_3_2021);
    expect(parseDateCell('03.04.2021')).toBe(APRIL_3_2021);
  });

  it('reads UK dates with a time part', () => {
    expect(parseDateCell('16/09/2020 00:00')).toBe(SEPT_16_2020);
    expect(parseDateCell('16/09/2020 13:45:10')).toBe(SEPT_16_2020);
    expect(parseDateCell('16/09/2020 1:30 pm')).toBe(SEPT_16_2020);
  });

  it('reads ISO dates, with or without a time', () => {
    expect(parseDateCell('2021-04-01')).toBe(APRIL_1_2021);
    expect(parseDateCell('2021-04-01T00:00:00.000Z')).toBe(APRIL_1_2021);
    expect(parseDateCell('2021-04-01 00:00:00')).toBe(APRIL_1_2021);
    expect(parseDateCell('  2020-09-16T00:00:00  ')).toBe(SEPT_16_2020);
  });

  it('reads day-month-name forms', () => {
    expect(parseDateCell('01-Apr-2021')).toBe(APRIL_1_2021);
    expect(parseDateCell('16 September 2020')).toBe(SEPT_16_2020);
    expect(parseDateCell('3 Apr 21')).toBe(APRIL_3_2021);
  });

  it('reads a serial number stored as text', () => {
    expect(parseDateCell('44287')).toBe(APRIL_1_2021);
  });

  it('knows leap years: 29/02/2024 is valid, 29/02/2021 is not', () => {
    expect(parseDateCell('29/02/2024')).toBe(FEB_29_2024);
    expect(parseDateCell('2024-02-29')).toBe(FEB_29_2024);
    expect(parseDateCell('29/02/2021')).toBeNull();
  });

  it('rejects impossible and unparseable dates', () => {
    expect(parseDateCell('31/02/2021')).toBeNull();
    expect(parseDateCell('2021-13-01')).toBeNull();
    expect(parseDateCell('00/04/2021')).toBeNull();
    expect(parseDateCell('yesterday')).toBeNull();
    expect(parseDateCell('01/04/0021')).toBeNull();
    expect(parseDateCell(true)).toBeNull();
  });
});

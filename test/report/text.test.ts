import { categoryLabel, safeText, sanitiseSheetName, ukDate, ukDateTime, uniqueSheetNames } from '../../src/report/text';

describe('safeText', () => {
  it('prefixes a space to text that starts like a formula', () => {
    expect(['=SUM(A1)', '+44 1905', '-5', '@cmd', 'Neglect', '–', ''].map(safeText)).toEqual([
      ' =SUM(A1)', ' +44 1905', ' -5', ' @cmd', 'Neglect', '–', '',
    ]);
  });
});

describe('labels', () => {
  it('shows months as "Apr 2021", dates as dd/mm/yyyy, other labels unchanged', () => {
    expect(['2021-04', '2022-03', '2021-06-30', '2021/22 Q2', 'Neglect'].map(categoryLabel)).toEqual([
      'Apr 2021', 'Mar 2022', '30/06/2021', '2021/22 Q2', 'Neglect',
    ]);
    expect(ukDate('2021-09-30')).toBe('30/09/2021');
  });
  it('writes the build time as dd/mm/yyyy hh:mm', () => {
    expect(ukDateTime(new Date(2022, 0, 3, 9, 5))).toBe('03/01/2022 09:05');
  });
});

describe('sheet names', () => {
  it('replaces []:*?/\\, trims apostrophes and cuts to 31 characters', () => {
    expect(sanitiseSheetName('South/East')).toBe('South East');
    expect(sanitiseSheetName("'[North]: *Hills?'")).toBe('North Hills');
    expect(sanitiseSheetName('A district with a very long name indeed')).toBe('A district with a very long nam');
    expect(sanitiseSheetName('???')).toBe('Sheet');
  });
  it('makes names unique against each other and the reserved names, case-insensitively', () => {
    expect(uniqueSheetNames(['Build log', 'North', 'north', 'A/B', 'A B'], ['Build Log'])).toEqual([
      'Build log (2)', 'North', 'north (2)', 'A B', 'A B (2)',
    ]);
    expect(uniqueSheetNames(['x'.repeat(40), 'x'.repeat(35)], [])).toEqual(['x'.repeat(31), `${'x'.repeat(27)} (2)`]);
  });
});

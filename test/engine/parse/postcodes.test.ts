import type { CellValue } from '../../../src/engine/types';
import { parseWorkbook } from '../../../src/engine/parse';
import { isValidPostcodeText } from '../../../src/engine/parse/postcodes';

describe('isValidPostcodeText', () => {
  it('accepts UK postcodes in any case and spacing', () => {
    expect(isValidPostcodeText('WR1 2EY')).toBe(true);
    expect(isValidPostcodeText('wr12ey')).toBe(true);
    expect(isValidPostcodeText('B60 1AA')).toBe(true);
    expect(isValidPostcodeText('b 60 1aa')).toBe(true);
  });

  it('rejects outward codes alone, junk and numbers', () => {
    expect(isValidPostcodeText('WR1')).toBe(false);
    expect(isValidPostcodeText('nope')).toBe(false);
    expect(isValidPostcodeText('N/K')).toBe(false);
    expect(isValidPostcodeText('12345')).toBe(false);
    // Asked twice: the cached answer is the same.
    expect(isValidPostcodeText('nope')).toBe(false);
  });
});

describe('parseWorkbook: malformed postcodes', () => {
  const message = (heading: string) => `${heading} is not a valid UK postcode; the district falls back to the allocated team or Unknown`;

  it('warns about a malformed home Postcode without its value and keeps the row and the text', () => {
    const values: CellValue[][] = [
      ['Child Unique ID', 'Date of Contact', 'Postcode'],
      ['C1', '01/04/2021', 'WR1 2EY'],
      ['C2', '02/04/2021', 'WR1'],
      ['C3', '03/04/2021', '   '],
      ['C4', '04/04/2021', 12345],
    ];
    const parsed = parseWorkbook([{ name: 'Contacts', values }]);
    expect(parsed.lists[1]?.map((r) => [r.row, r.postcode])).toEqual([[2, 'WR1 2EY'], [3, 'WR1'], [4, null], [5, '12345']]);
    expect(parsed.problems).toEqual([
      { list: 1, sheet: 'Contacts', row: 3, column: 'Postcode', columnIndex: 2, value: null, message: message('Postcode'), severity: 'warning', excluded: false },
      { list: 1, sheet: 'Contacts', row: 5, column: 'Postcode', columnIndex: 2, value: null, message: message('Postcode'), severity: 'warning', excluded: false },
    ]);
    expect(JSON.stringify(parsed.problems)).not.toContain('WR1');
    expect(parsed.info[1]?.rowsExcluded).toBe(0);
  });

  it('warns about a malformed Placement postcode on List 8 and about a home Postcode alias on List 9', () => {
    const list8: CellValue[][] = [
      ['Child Unique ID', 'Date Started to be Looked After', 'Placement postcode', 'Home Postcode'],
      ['A', '01/04/2021', 'nope', 'B60 1AA'],
    ];
    const list9: CellValue[][] = [
      ['Child Unique ID', 'Date of Birth', 'Child Postcode'],
      ['L', '01/01/2002', 'XX'],
    ];
    const parsed = parseWorkbook([{ name: 'List 8', values: list8 }, { name: 'List 9', values: list9 }]);
    expect(parsed.lists[8]?.[0].placementPostcode).toBe('nope');
    expect(parsed.problems.map((p) => [p.list, p.row, p.column, p.columnIndex, p.value, p.message])).toEqual([
      [8, 2, 'Placement postcode', 2, null, message('Placement postcode')],
      [9, 2, 'Child Postcode', 2, null, message('Child Postcode')],
    ]);
  });
});

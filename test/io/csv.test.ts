import { parseCsv } from '../../src/io/csv';

describe('parseCsv', () => {
  it('splits plain fields and LF lines', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('handles CRLF line ends and a last line without a line end', () => {
    expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('drops a leading byte-order mark so the first heading matches', () => {
    expect(parseCsv('\uFEFFChild Unique ID,Date of Contact\n')).toEqual([['Child Unique ID', 'Date of Contact']]);
  });

  it('keeps commas, doubled quotes and newlines inside quoted fields', () => {
    expect(parseCsv('"Smith, J","say ""hi""","line 1\r\nline 2",x\n')).toEqual([['Smith, J', 'say "hi"', 'line 1\r\nline 2', 'x']]);
  });

  it('keeps empty fields, including trailing ones, as empty strings', () => {
    expect(parseCsv(',a,,\n')).toEqual([['', 'a', '', '']]);
  });

  it('keeps a blank line as a row with one empty field', () => {
    expect(parseCsv('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
  });

  it('reads an empty text as no rows', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

import { cellToText, excelErrorOf, isBlankCell, isBlankRow } from '../../../src/engine/parse/cell-text';

describe('cell-text', () => {
  it('treats empty and white-space-only cells as blank', () => {
    expect(isBlankCell(null)).toBe(true);
    expect(isBlankCell(undefined)).toBe(true);
    expect(isBlankCell('')).toBe(true);
    expect(isBlankCell(' \t\u00A0 ')).toBe(true);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(false)).toBe(false);
    expect(isBlankCell(' x ')).toBe(false);
  });

  it('recognises Excel error values as text', () => {
    expect(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', ' #n/a '].map(excelErrorOf)).toEqual([
      '#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NULL!', '#NUM!', '#N/A',
    ]);
    expect(excelErrorOf('#1 team')).toBeNull();
    expect(excelErrorOf(42)).toBeNull();
  });

  it('skips rows holding nothing but blanks and Excel errors', () => {
    expect(isBlankRow([])).toBe(true);
    expect(isBlankRow([null, '  ', undefined, '#N/A'])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });

  it('shows cells as text', () => {
    expect(cellToText(' a ')).toBe('a');
    expect(cellToText(12)).toBe('12');
    expect(cellToText(true)).toBe('TRUE');
    expect(cellToText(new Date(Date.UTC(2021, 3, 1)))).toBe('2021-04-01T00:00:00.000Z');
  });
});

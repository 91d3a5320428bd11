import { parseId } from '../../../src/engine/parse/ids';

describe('parseId', () => {
  it('turns numbers into text without ".0"', () => {
    expect(parseId(123)).toBe('123');
    expect(parseId(123.0)).toBe('123');
    expect(parseId(9212044)).toBe('9212044');
  });
  it('keeps leading zeros: "00123" and "123" are different children', () => {
    expect(parseId('00123')).toBe('00123');
    expect(parseId('00123')).not.toBe(parseId(123));
  });
  it('trims text and drops a ".0" that a spreadsheet added to a number', () => {
    expect(parseId(' AB123 ')).toBe('AB123');
    expect(parseId('123.0')).toBe('123');
    expect(parseId('123.5')).toBe('123.5');
  });
});

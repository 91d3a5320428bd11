import { parseCount } from '../../../src/engine/parse/integers';

describe('parseCount', () => {
  it('reads whole numbers and numeric text', () => {
    expect(parseCount(0)).toBe(0);
    expect(parseCount(3)).toBe(3);
    expect(parseCount(' 2 ')).toBe(2);
    expect(parseCount('2.0')).toBe(2);
  });
  it('gives undefined for anything that is not a whole number ≥ 0', () => {
    expect(parseCount('two')).toBeUndefined();
    expect(parseCount(1.5)).toBeUndefined();
    expect(parseCount(-1)).toBeUndefined();
    expect(parseCount('-1')).toBeUndefined();
    expect(parseCount(true)).toBeUndefined();
  });
});

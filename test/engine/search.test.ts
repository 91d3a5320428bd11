import { lowerBound, upperBound } from '../../src/engine/search';

describe('the one binary search', () => {
  const sorted = [10, 20, 20, 30];

  it('finds the first element ≥ (lowerBound) and > (upperBound) a value', () => {
    expect([5, 10, 20, 25, 30, 31].map((v) => lowerBound(sorted, v))).toEqual([0, 0, 1, 3, 3, 4]);
    expect([5, 10, 20, 25, 30, 31].map((v) => upperBound(sorted, v))).toEqual([0, 1, 3, 3, 4, 4]);
  });

  it('searches only within [lo, hi) when bounds are given (a child segment of a typed array)', () => {
    const days = Int32Array.from([1, 5, 9, /* next child */ 2, 4, 4, 8]);
    expect(lowerBound(days, 4, 3, 7)).toBe(4);
    expect(upperBound(days, 4, 3, 7)).toBe(6);
    expect(lowerBound(days, 9, 3, 7)).toBe(7); // none in the segment: hi
    expect(upperBound(days, 0, 3, 7)).toBe(3); // all in the segment are greater: lo
  });

  it('returns lo on an empty range', () => {
    expect(lowerBound([], 1)).toBe(0);
    expect(upperBound(sorted, 20, 2, 2)).toBe(2);
  });
});

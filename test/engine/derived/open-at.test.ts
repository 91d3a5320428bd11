import { childOpenMasks, countOpenChildren, currentRowsAt, isOpenAt, openBits } from '../../../src/engine/derived/open-at';

describe('isOpenAt', () => {
  it('is open from the start day up to the day before the end, or for ever when the end is blank', () => {
    expect([9, 10, 19, 20].map((d) => isOpenAt({ start: 10, end: 20 }, d))).toEqual([false, true, true, false]);
    expect(isOpenAt({ start: 10, end: null }, 100000)).toBe(true);
    expect(isOpenAt({ start: 10, end: 10 }, 10)).toBe(false); // ends the day it starts: never open at a day's end
  });
});

describe('open masks over snapshot dates', () => {
  const dates = [10, 20, 30];

  it('sets the bits of the dates where start ≤ date < end', () => {
    expect(openBits(10, null, dates)).toBe(0b111);
    expect(openBits(11, 30, dates)).toBe(0b010);
    expect(openBits(11, 20, dates)).toBe(0);
    expect(openBits(31, null, dates)).toBe(0);
  });

  it('counts each child once per date, leaving out rows not counted', () => {
    const rows = [{ start: 5, end: 15 }, { start: 12, end: null }, { start: 1, end: null }, { start: 1, end: null }];
    const childOfRow = Int32Array.from([0, 0, 1, 2]);
    const counted = Uint8Array.from([1, 1, 1, 0]);
    const masks = childOpenMasks(rows, childOfRow, counted, dates, 3);
    expect([...masks]).toEqual([0b111, 0b111, 0]);
    expect(countOpenChildren(masks, 3)).toEqual([2, 2, 2]);
  });

  it("keeps each child's latest-starting open row (later worksheet row on a tie)", () => {
    const rows = [
      { row: 2, start: 1, end: null },
      { row: 3, start: 5, end: null },
      { row: 4, start: 5, end: 40 },
      { row: 5, start: 1, end: 10 },
    ];
    const current = currentRowsAt(rows, Int32Array.from([0, 0, 0, 1]), null, 20, 2);
    expect(current.map((r) => r.row)).toEqual([4]);
  });
});

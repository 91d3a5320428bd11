import { ChildIndex, NO_DAY, dayColumn, endOf, firstOf, groupDaysByChild, lowerBoundIn, upperBoundIn } from '../../../../src/engine/indicators/common/child-index';
import { countOpenChildren, childOpenMasks, currentRowsAt, openBits } from '../../../../src/engine/indicators/common/open-masks';
import { memoDays } from '../../../../src/engine/indicators/common/day-memo';

describe('ChildIndex and days by child', () => {
  const index = new ChildIndex();
  const rows = [{ childId: 'A', d: 30 }, { childId: 'B', d: 10 }, { childId: 'A', d: 20 }, { childId: 'A', d: null }, { childId: 'C', d: 5 }];
  const childOfRow = index.internRows(rows.map((r) => ({ row: 0, childId: r.childId, dateOfBirth: null, district: null, postcode: null, team: null })));

  it('numbers children in order of first appearance and finds them', () => {
    expect([...childOfRow]).toEqual([0, 1, 0, 0, 2]);
    expect(index.size).toBe(3);
    expect(index.find('C')).toBe(2);
    expect(index.find('Z')).toBe(-1);
  });

  it('groups the non-blank days by child, ascending', () => {
    const column = dayColumn(rows, 'd');
    expect([...column]).toEqual([30, 10, 20, NO_DAY, 5]);
    const grouped = groupDaysByChild(childOfRow, column, index.size);
    expect([...grouped.offsets]).toEqual([0, 2, 3, 4]);
    expect([...grouped.days]).toEqual([20, 30, 10, 5]);
    expect([firstOf(grouped, 0), endOf(grouped, 0)]).toEqual([0, 2]);
    // A child numbered after the grouping (or none) has no days.
    expect([firstOf(grouped, 7), endOf(grouped, 7), firstOf(grouped, -1), endOf(grouped, -1)]).toEqual([0, 0, 0, 0]);
    expect(lowerBoundIn(grouped.days, 0, 2, 25)).toBe(1);
    expect(upperBoundIn(grouped.days, 0, 2, 30)).toBe(2);
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

describe('memoDays', () => {
  it('works out each distinct day once', () => {
    let calls = 0;
    const plusOne = memoDays((day) => {
      calls += 1;
      return day + 1;
    });
    expect([plusOne(5), plusOne(5), plusOne(6)]).toEqual([6, 6, 7]);
    expect(calls).toBe(2);
  });
});

describe('ChildIndex with numeric-looking and text IDs', () => {
  it('numbers "123", "00123", "A1" and "1234567890" as four children, in order of first appearance', () => {
    const index = new ChildIndex();
    const ids = ['123', '00123', '123', 'A1', '1234567890', '00123', 'A1'];
    const rows = ids.map((childId) => ({ row: 0, childId, dateOfBirth: null, district: null, postcode: null, team: null }));
    expect([...index.internRows(rows.slice(0, 3))]).toEqual([0, 1, 0]);
    expect([...index.internRows(rows.slice(3))]).toEqual([2, 3, 1, 2]);
    expect(index.size).toBe(4);
    expect([index.find('123'), index.find('00123'), index.find('A1'), index.find('1234567890'), index.find('124')]).toEqual([0, 1, 2, 3, -1]);
  });
});

import { ChildNumbers } from '../../../src/engine/derived/child-numbers';
import { NO_DAY, dayColumn, endOf, firstOf, groupDaysByChild } from '../../../src/engine/derived/days-by-child';
import { lowerBound, upperBound } from '../../../src/engine/search';

describe('days grouped by child', () => {
  const index = new ChildNumbers();
  const rows = [{ childId: 'A', d: 30 }, { childId: 'B', d: 10 }, { childId: 'A', d: 20 }, { childId: 'A', d: null }, { childId: 'C', d: 5 }];
  const childOfRow = index.internRows(rows.map((r) => ({ row: 0, childId: r.childId, dateOfBirth: null, district: null, postcode: null, team: null })));

  it('groups the non-blank days by child, ascending', () => {
    const column = dayColumn(rows, 'd');
    expect([...column]).toEqual([30, 10, 20, NO_DAY, 5]);
    const grouped = groupDaysByChild(childOfRow, column, index.size);
    expect([...grouped.offsets]).toEqual([0, 2, 3, 4]);
    expect([...grouped.days]).toEqual([20, 30, 10, 5]);
    expect([firstOf(grouped, 0), endOf(grouped, 0)]).toEqual([0, 2]);
    // A child numbered after the grouping (or none) has no days.
    expect([firstOf(grouped, 7), endOf(grouped, 7), firstOf(grouped, -1), endOf(grouped, -1)]).toEqual([0, 0, 0, 0]);
    expect(lowerBound(grouped.days, 25, 0, 2)).toBe(1);
    expect(upperBound(grouped.days, 30, 0, 2)).toBe(2);
  });
});

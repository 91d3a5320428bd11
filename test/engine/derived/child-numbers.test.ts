import { ChildNumbers } from '../../../src/engine/derived/child-numbers';

describe('ChildNumbers', () => {
  const index = new ChildNumbers();
  const rows = [{ childId: 'A', d: 30 }, { childId: 'B', d: 10 }, { childId: 'A', d: 20 }, { childId: 'A', d: null }, { childId: 'C', d: 5 }];
  const childOfRow = index.internRows(rows.map((r) => ({ row: 0, childId: r.childId, dateOfBirth: null, district: null, postcode: null, team: null })));

  it('numbers children in order of first appearance and finds them', () => {
    expect([...childOfRow]).toEqual([0, 1, 0, 0, 2]);
    expect(index.size).toBe(3);
    expect(index.find('C')).toBe(2);
    expect(index.find('Z')).toBe(-1);
  });
});

describe('ChildNumbers with numeric-looking and text IDs', () => {
  it('numbers "123", "00123", "A1" and "1234567890" as four children, in order of first appearance', () => {
    const index = new ChildNumbers();
    const ids = ['123', '00123', '123', 'A1', '1234567890', '00123', 'A1'];
    const rows = ids.map((childId) => ({ row: 0, childId, dateOfBirth: null, district: null, postcode: null, team: null }));
    expect([...index.internRows(rows.slice(0, 3))]).toEqual([0, 1, 0]);
    expect([...index.internRows(rows.slice(3))]).toEqual([2, 3, 1, 2]);
    expect(index.size).toBe(4);
    expect([index.find('123'), index.find('00123'), index.find('A1'), index.find('1234567890'), index.find('124')]).toEqual([0, 1, 2, 3, -1]);
  });
});

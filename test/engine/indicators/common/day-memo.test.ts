import { memoDays } from '../../../../src/engine/indicators/common/day-memo';

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

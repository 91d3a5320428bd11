import { deriveData } from '../../../src/engine/derived/derived';
import { care, cin, context, d, parsedLists, plan, referral } from '../fixtures';
import { makePeriod } from '../../../src/engine/calendar/period';

describe('the derived data of a build', () => {
  const lists = {
    3: [referral('A', '2021-05-01'), referral('B', '2021-06-01'), referral('A', '2021-04-02')],
    7: [plan('B', '2021-06-10', null), plan('C', '2021-07-01', '2021-08-31')],
    8: [care('A', '2021-04-02', null)],
  };
  const derived = deriveData(parsedLists(lists), makePeriod(2021, 2));

  it('numbers the children of Lists 3, 4, 6, 7, 8 in that order, each once', () => {
    expect(derived.timelines.childCount).toBe(3);
    expect([...derived.timelines.childOfRow[3]]).toEqual([0, 1, 0]);
    expect([...derived.timelines.childOfRow[7]]).toEqual([1, 2]);
    expect([...derived.timelines.childOfRow[8]]).toEqual([0]);
    expect([...derived.timelines.childOfRow[4]]).toEqual([]);
  });

  it("groups each child's referral dates, ascending", () => {
    const { offsets, days } = derived.timelines.referralDays;
    expect([...days.slice(offsets[0], offsets[1])]).toEqual([d('2021-04-02'), d('2021-05-01')]);
  });

  it('counts children open at each month end (C ends on 31 August: not open at that month end)', () => {
    expect(derived.atMonthEnds.plans).toEqual([0, 0, 1, 2, 1, 1]);
    expect(derived.atMonthEnds.care).toEqual([1, 1, 1, 1, 1, 1]);
    // National CIN: episode, plan or care; A (care) and B, C (plans).
    expect(derived.atMonthEnds.cin).toEqual([1, 1, 2, 3, 2, 2]);
  });

  it('holds the current rows at the period end', () => {
    expect(derived.atPeriodEnd.plans.map((p) => p.childId)).toEqual(['B']);
    expect(derived.atPeriodEnd.care.map((c) => c.childId)).toEqual(['A']);
  });

  it('is built with the context and leaves out closed RC8/RC9 episodes', () => {
    const ctx = context({ 6: [cin('D', '2021-04-01', '2021-09-01', { closureReason: 'RC8' }), cin('E', '2021-04-01', null)] });
    expect(ctx.derived.timelines.countedCinRows.map((r) => r.childId)).toEqual(['E']);
    expect(ctx.derived.atMonthEnds.cin).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

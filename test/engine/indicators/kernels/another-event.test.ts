import { compileTest } from '../../../../src/engine/indicators/kernels/another-event';
import type { Test } from '../../../../src/engine/indicators/definitions/types';
import type { ReferralRow } from '../../../../src/engine/lists';
import { assessment, context, d, referral } from '../../fixtures';

describe('the "another event in a window" kernel', () => {
  const referrals = [referral('A', '2023-02-28'), referral('A', '2024-02-29'), referral('A', '2024-02-29'), referral('B', '2024-03-01')];
  const ctx = context({ 3: referrals, 4: [assessment('A', '2024-02-29', null), assessment('B', '2024-03-09', null)] });
  const holdsFor = (test: Test<ReferralRow>) => {
    const compiled = compileTest(test, ctx, 3);
    return referrals.map((r, i) => compiled(r, i, r.date));
  };

  it('12 months back from 29/02/2024 reaches 28/02/2023; a same-day referral is not earlier', () => {
    const test: Test<ReferralRow> = { test: 'another event', timeline: 'referralDays', window: [{ from: 'months before', months: () => 12 }, { until: 'the day before' }] };
    expect(holdsFor(test)).toEqual([false, true, true, false]);
  });

  it('from the same day to the day before the next later event of another timeline', () => {
    // A's assessment on 29/02/2024 is in both 29/02 referrals' windows (no later referral closes them)
    // but not in 28/02/2023's, which A's next referral (29/02/2024) closes; B's follows B's referral.
    const test: Test<ReferralRow> = {
      test: 'another event', timeline: 'assessmentStarts', window: [{ from: 'the same day' }, { until: 'the next later event', timeline: 'referralDays' }],
    };
    expect(holdsFor(test)).toEqual([false, true, true, true]);
  });

  it('up to and including d + n days', () => {
    const within = (days: number): Test<ReferralRow> => ({ test: 'another event', timeline: 'assessmentStarts', window: [{ from: 'the same day' }, { until: 'days after', days: () => days }] });
    expect(holdsFor(within(7))).toEqual([false, true, true, false]);
    expect(holdsFor(within(8))).toEqual([false, true, true, true]); // B: 01/03 + 8 = 09/03
    expect(d('2024-03-09') - d('2024-03-01')).toBe(8);
  });
});

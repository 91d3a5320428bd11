import { monthlySeries, computeIndicator } from '../../../src/engine/indicators/execute';
import { DEFINITIONS } from '../../../src/engine/indicators/definitions/registry';
import type { MonthlyDefinition } from '../../../src/engine/indicators/execute';
import { monthsFrom } from '../../../src/engine/calendar/months';
import { care, context, referral, values } from '../fixtures';

describe('monthlySeries: a monthly definition over any run of months', () => {
  const ctx = context({
    3: [referral('A', '2020-03-10'), referral('A', '2020-11-02'), referral('B', '2021-04-20'), referral('A', '2021-06-01'), referral('C', '2021-09-30')],
    8: [care('A', '2020-01-15', '2021-05-10'), care('B', '2021-02-01', null), care('C', '2021-03-01', null, { legalStatus: 'V3' })],
  });
  // October 2019 to September 2021: 24 months ending with the report's six.
  const months = monthsFrom(2019, 10, 24);
  const series = (id: 3 | 6 | 9, name: string) => monthlySeries(DEFINITIONS[id] as MonthlyDefinition, ctx, months).find((s) => s.name === name)?.values;

  it("gives the report months' values at the end of a longer run", () => {
    for (const [id, name] of [[3, 'Referrals'], [6, 'Re-referrals'], [9, 'Children looked after']] as const) {
      expect(series(id, name)?.slice(18)).toEqual(values(computeIndicator(DEFINITIONS[id], ctx), name));
    }
  });

  it('counts events in each month of the run (Mar 2020 and Nov 2020 too)', () => {
    const referrals = series(3, 'Referrals') ?? [];
    expect(referrals[5]).toBe(1); // March 2020
    expect(referrals[13]).toBe(1); // November 2020
    expect(referrals.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBe(5);
  });

  it('restarts year-to-date totals each April', () => {
    // A's November 2020 referral is a re-referral (March 2020 is within 12 months): counted in
    // 2020/21 from November to March, then the new year starts at 0 in April 2021.
    expect(series(6, 'Re-referrals')?.slice(12, 20)).toEqual([0, 1, 1, 1, 1, 1, 0, 0]);
  });

  it('counts distinct children at each month end of the run, V3 short breaks left out', () => {
    // A from January 2020 to 10 May 2021, B from February 2021; C is a short break.
    expect(series(9, 'Children looked after')?.slice(2, 5)).toEqual([0, 1, 1]); // Dec 2019, Jan 2020, Feb 2020
    expect(series(9, 'Children looked after')?.slice(15, 20)).toEqual([1, 2, 2, 2, 1]); // Jan–May 2021
  });
});

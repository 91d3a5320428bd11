import { indicator } from '../../../src/engine/indicators';
import { assessment, context, referral, values } from '../fixtures';

describe('#3 Referrals', () => {
  it('counts by month with a previous year', () => {
    const r = indicator(3, context({ 3: [referral('A', '2020-04-01'), referral('A', '2021-04-15'), referral('B', '2021-09-30'), referral('C', '2020-09-15')] }));
    expect(values(r, 'Referrals')).toEqual([1, 0, 0, 0, 0, 1]);
    expect(values(r, 'Previous year')).toEqual([1, 0, 0, 0, 0, 1]);
  });
});

describe('#4 Referral outcomes', () => {
  it('NFA first, then progressed to assessment before the child\'s next referral, else other', () => {
    const referrals = [
      referral('A', '2021-05-01', { nfa: true }), // NFA even though an assessment follows
      referral('B', '2021-05-01', { nfa: false }), // assessment 03/05 → progressed
      referral('C', '2021-05-01'), // next referral 10/05, assessment 12/05 belongs to that one → other
      referral('C', '2021-05-10'), // assessment 12/05 → progressed
      referral('D', '2021-05-01'), // assessment on the referral date → progressed
      referral('E', '2021-05-01'), // assessment before the referral → other
    ];
    const assessments = [
      assessment('A', '2021-05-02', null), assessment('B', '2021-05-03', null), assessment('C', '2021-05-12', null),
      assessment('D', '2021-05-01', null), assessment('E', '2021-04-20', '2021-04-30'),
    ];
    const r = indicator(4, context({ 3: referrals, 4: assessments }));
    expect(r.categories).toEqual(['No further action', 'Progressed to assessment', 'Other outcome']);
    expect(values(r, 'Referrals')).toEqual([1, 3, 2]);
    expect(values(r, 'Percent')).toEqual([16.7, 50, 33.3]);
  });
  it('an assessment on the day of the child\'s next referral belongs to the next one', () => {
    const r = indicator(4, context({ 3: [referral('A', '2021-05-01'), referral('A', '2021-05-05')], 4: [assessment('A', '2021-05-05', null)] }));
    expect(values(r, 'Referrals')).toEqual([0, 1, 1]);
  });
  it('uses the Referral Outcome column when present', () => {
    const r = indicator(4, context({ 3: [referral('A', '2021-05-01', { outcome: 'Assessment' }), referral('B', '2021-05-01', { outcome: 'assessment' }), referral('C', '2021-05-01')] }, { columns: { 3: ['referral outcome'] } }));
    expect(r.categories).toEqual(['Assessment', 'Not recorded']);
    expect(values(r, 'Referrals')).toEqual([2, 1]);
  });
});

describe('#5 Referral sources', () => {
  it('groups the codes in the fixed order', () => {
    const codes = ['1A', '1D', '2A', '2B', '3F', '4', '5C', '6', '6', '7', '8', '9', '10', null, 'ZZ'];
    const r = indicator(5, context({ 3: codes.map((source, i) => referral(`C${i}`, '2021-06-01', { source })) }));
    expect(r.categories).toEqual([
      'Individual', 'Schools', 'Education services', 'Health services', 'Housing', 'LA services', 'Police',
      'Other legal agency', 'Other', 'Anonymous', 'Unknown', 'Not recorded',
    ]);
    expect(values(r, 'Referrals')).toEqual([2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2]);
    expect(values(r, 'Percent')[0]).toBe(13.3); // 2 of 15
  });
});

describe('#6 Re-referrals', () => {
  /** Re-referrals year to date at the month end of the second referral (June 2021, or February 2024). */
  const reAt = (earlier: string, later: string, monthIndex: number, year = 2021, quarter: 1 | 2 | 3 | 4 = 2): number | null =>
    values(indicator(6, context({ 3: [referral('A', earlier), referral('A', later)] }, { year, quarter })), 'Re-referrals')[monthIndex];
  it('looks back 12 months: 15/06/2021 to 15/06/2020 inclusive', () => {
    expect(reAt('2020-06-15', '2021-06-15', 2)).toBe(1);
    expect(reAt('2020-06-14', '2021-06-15', 2)).toBe(0);
  });
  it('across a leap day: 29/02/2024 looks back to 28/02/2023 inclusive', () => {
    expect(reAt('2023-02-28', '2024-02-29', 10, 2023, 4)).toBe(1);
    expect(reAt('2023-02-27', '2024-02-29', 10, 2023, 4)).toBe(0);
  });
  it('a referral the same day is not an earlier one', () => {
    expect(reAt('2021-06-15', '2021-06-15', 2)).toBe(0);
  });
  it('is cumulative from 1 April with percent and benchmarks', () => {
    const referrals = [
      referral('A', '2020-05-01'), referral('A', '2021-04-30'), // re-referral in April
      referral('B', '2021-04-10'), // first
      referral('B', '2021-06-01'), // re-referral in June (after B's April one)
      referral('C', '2021-07-01'),
    ];
    const r = indicator(6, context({ 3: referrals }));
    expect(values(r, 'Referrals')).toEqual([2, 2, 3, 4, 4, 4]);
    expect(values(r, 'Re-referrals')).toEqual([1, 1, 2, 2, 2, 2]);
    expect(values(r, 'Percent')).toEqual([50, 50, 66.7, 50, 50, 50]);
    expect(r.series.find((s) => s.name === 'Percent')!.numeratorSeries).toBe('Re-referrals');
    expect(r.series.filter((s) => s.benchmark).map((s) => s.name)).toEqual(['England', 'Region', 'Statistical neighbours']);
  });
});

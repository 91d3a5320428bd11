import { indicator } from '../../../src/engine/indicators';
import { assessment, context, values } from '../fixtures';

describe('#7 Assessments completed', () => {
  it('counts authorisations by month, cumulative, previous year null before the earliest authorisation', () => {
    const rows = [
      assessment('A', '2021-03-01', '2021-04-05'), assessment('B', '2021-04-01', '2021-04-20'), assessment('C', '2021-05-01', '2021-06-30'),
      assessment('D', '2021-08-01', null), // open: never completed
      assessment('E', '2020-06-01', '2020-07-01'), // previous year; earliest authorisation 01/07/2020
    ];
    const r = indicator(7, context({ 4: rows }));
    expect(values(r, 'Completed')).toEqual([2, 0, 1, 0, 0, 0]);
    expect(values(r, 'Cumulative')).toEqual([2, 2, 3, 3, 3, 3]);
    expect(values(r, 'Previous year')).toEqual([null, null, null, 1, 0, 0]);
  });
});

describe('#8 Assessments within 45 working days', () => {
  // Start 31/03/2021: working day 45 is 08/06/2021 (Good Friday, Easter Monday, 3 and 31 May skipped).
  const rows = [
    assessment('A', '2021-03-31', '2021-06-08'), // 45 → within
    assessment('B', '2021-03-31', '2021-06-09'), // 46 → late
    assessment('C', '2021-06-01', '2021-06-01'), // 0 → within
    assessment('D', '2021-07-10', '2021-07-01'), // authorised before start: excluded
    assessment('E', '2021-07-01', '2021-07-15'), // within, July
  ];
  it('counts cumulative completions within the timescale, and the month alone', () => {
    const r = indicator(8, context({ 4: rows }));
    expect(r.title).toBe('Assessments completed within 45 working days');
    expect(values(r, 'Completed')).toEqual([0, 0, 3, 4, 4, 4]);
    expect(values(r, 'Within timescale')).toEqual([0, 0, 2, 3, 3, 3]);
    expect(values(r, 'Percent')).toEqual([null, null, 66.7, 75, 75, 75]);
    expect(values(r, 'Percent in month')).toEqual([null, null, 66.7, 100, null, null]);
    // benchmark assessments_45wd_pct for year ending March 2021 (period end 30/09/2021)
    expect(values(r, 'England')[0]).not.toBeNull();
  });
  it('honours the configured timescale', () => {
    const r = indicator(8, context({ 4: rows }, { settings: { assessmentDays: 46 } }));
    expect(values(r, 'Within timescale')).toEqual([0, 0, 3, 4, 4, 4]);
  });
  it('uses the configured bank holidays', () => {
    const r = indicator(8, context({ 4: rows }, { settings: { bankHolidays: [] } }));
    // without holidays B reaches 46 working days four days earlier, so 09/06 is day 50: still late; A day 49: late
    expect(values(r, 'Within timescale')).toEqual([0, 0, 1, 2, 2, 2]);
  });
});

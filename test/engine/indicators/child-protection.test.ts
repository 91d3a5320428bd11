import { indicator } from '../../../src/engine/indicators';
import { context, plan, values } from '../fixtures';

describe('#11 and #12 plans at month ends', () => {
  const plans = [
    plan('A', '2021-01-01', '2021-04-30'), // ends on the April month end: not open then
    plan('B', '2021-04-30', null),
    plan('B', '2020-01-01', '2020-06-01'), // old plan of B
    plan('C', '2021-05-10', '2021-07-10'), plan('C', '2021-05-20', null), // overlapping: once
  ];
  it('counts distinct children and the rate', () => {
    const r = indicator(11, context({ 7: plans }, { settings: { population: 30000 } }));
    expect(values(r, 'Children on a plan')).toEqual([1, 2, 2, 2, 2, 2]);
    expect(values(r, 'Rate')).toEqual([0.3, 0.7, 0.7, 0.7, 0.7, 0.7]);
    // cp_rate_per_10k year ending 31/03/2021: England 42.4
    expect(values(r, 'England')[0]).toBe(42.4);
  });
  it('counts plans starting and ending by month', () => {
    const r = indicator(12, context({ 7: plans }));
    expect(values(r, 'Started')).toEqual([1, 2, 0, 0, 0, 0]);
    expect(values(r, 'Ceased')).toEqual([1, 0, 0, 1, 0, 0]);
  });
});

describe('#13 latest category at S', () => {
  it('counts plans open at S by group', () => {
    const plans = [
      plan('A', '2021-01-01', null, { latestCategory: 'NEG' }), plan('B', '2021-01-01', null, { latestCategory: 'NEG' }),
      plan('C', '2021-01-01', null, { latestCategory: 'PHY' }), plan('D', '2021-01-01', null, { latestCategory: 'SAB' }),
      plan('E', '2021-01-01', null, { latestCategory: 'EMO' }), plan('F', '2021-01-01', null, { latestCategory: 'MUL' }),
      plan('G', '2021-01-01', null), plan('H', '2021-01-01', '2021-09-30', { latestCategory: 'NEG' }),
    ];
    const r = indicator(13, context({ 7: plans }));
    expect(r.categories).toEqual(['Neglect', 'Physical abuse', 'Sexual abuse', 'Emotional abuse', 'Multiple', 'Not recorded']);
    expect(values(r, 'Plans')).toEqual([2, 1, 1, 1, 1, 1]);
    expect(values(r, 'Percent')).toEqual([28.6, 14.3, 14.3, 14.3, 14.3, 14.3]);
  });
});

describe('#14 second or subsequent plans', () => {
  it('by count of previous plans, or by an earlier plan of the child in List 7', () => {
    const plans = [
      plan('A', '2021-04-10', null, { previousPlans: 1 }), // by count
      plan('B', '2019-01-01', '2019-12-01'), plan('B', '2021-05-10', null), // by history (the 2019 plan does not start in the period)
      plan('C', '2021-05-15', null), // first plan
      plan('D', '2021-06-01', '2021-06-20'), plan('D', '2021-06-01', null), // same start day: not earlier
    ];
    const r = indicator(14, context({ 7: plans }));
    expect(values(r, 'Plans started')).toEqual([1, 3, 5, 5, 5, 5]);
    expect(values(r, 'Second or subsequent')).toEqual([1, 2, 2, 2, 2, 2]);
    expect(values(r, 'Percent')).toEqual([100, 66.7, 40, 40, 40, 40]);
  });
});

describe('#15 open 2 years or more at closure', () => {
  it('ends on the second anniversary count; one day before does not', () => {
    const plans = [
      plan('A', '2019-05-10', '2021-05-10'), // exactly 2 years
      plan('B', '2019-05-10', '2021-05-09'), // one day short
      plan('C', '2019-02-28', '2021-07-01'),
      plan('D', '2020-02-29', '2022-02-28'), // leap day start: anniversary 28/02/2022 (outside the period)
      plan('E', '2021-01-01', null),
    ];
    const r = indicator(15, context({ 7: plans }));
    expect(values(r, 'Plans ended')).toEqual([0, 2, 2, 3, 3, 3]);
    expect(values(r, 'Open 2+ years')).toEqual([0, 1, 1, 2, 2, 2]);
    expect(values(r, 'Percent')).toEqual([null, 50, 50, 66.7, 66.7, 66.7]);
  });
  it('29 February anniversaries fall on 28 February', () => {
    const r = indicator(15, context({ 7: [plan('D', '2020-02-29', '2022-02-28'), plan('E', '2020-03-01', '2022-02-28')] }, { quarter: 4 }));
    expect(values(r, 'Plans ended')[11]).toBe(2);
    expect(values(r, 'Open 2+ years')[11]).toBe(1);
  });
});

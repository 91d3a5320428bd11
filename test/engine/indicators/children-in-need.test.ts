import { indicator } from '../../../src/engine/indicators';
import { care, cin, context, plan, values } from '../fixtures';

describe('#16 and #17 children in need', () => {
  const episodes = [
    cin('A', '2021-01-01', null),
    cin('B', '2021-01-01', '2021-07-15', { closureReason: 'RC8' }), // left out for its whole life, also April–June
    cin('C', '2021-05-05', '2021-06-30', { closureReason: 'RC1' }), // closes on the June month end
    cin('D', '2021-04-01', null), // D also on a plan: counted once
  ];
  const plans = [plan('D', '2021-04-01', null), plan('E', '2021-08-01', null)]; // E: plan only
  const periods = [care('F', '2021-01-01', null), care('G', '2021-01-01', null, { legalStatus: 'V3' })];
  it('counts children with an episode (not RC8/RC9), a plan or a period of care open at the month end', () => {
    const r = indicator(16, context({ 6: episodes, 7: plans, 8: periods }, { settings: { population: 1000 } }));
    // A, D, F all months; C in May only (not open at 30/06); E from August
    expect(values(r, 'Children in need')).toEqual([3, 4, 3, 3, 4, 4]);
    expect(values(r, 'Rate')).toEqual([30, 40, 30, 30, 40, 40]);
    expect(r.warnings).toEqual([]);
  });
  it('#17 counts episodes starting and closing (not RC8/RC9)', () => {
    const r = indicator(17, context({ 6: episodes, 7: plans, 8: periods }));
    expect(values(r, 'Started')).toEqual([1, 1, 0, 0, 0, 0]);
    expect(values(r, 'Ceased')).toEqual([0, 0, 1, 0, 0, 0]);
    expect(values(r, 'At month end')).toEqual([3, 4, 3, 3, 4, 4]);
  });
  it('needs List 6, and warns when List 7 or 8 is missing', () => {
    expect(indicator(16, context({ 7: plans })).available).toBe(false);
    const r = indicator(16, context({ 6: episodes }));
    expect(values(r, 'Children in need')).toEqual([2, 3, 2, 2, 2, 2]);
    expect(r.warnings).toHaveLength(2);
  });
});

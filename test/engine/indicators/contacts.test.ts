import { indicator } from '../../../src/engine/indicators';
import { contact, context, d, referral, values } from '../fixtures';

describe('#1 Total contacts received', () => {
  const contacts = [
    contact('A', '2021-04-01'), contact('A', '2021-04-30'), contact('B', '2021-05-31'), contact('C', '2021-09-30'),
    contact('D', '2021-10-01'), // after the period
    contact('E', '2020-05-20'), contact('F', '2020-09-01'), contact('G', '2020-09-02'),
  ];
  it('counts rows by month, with the previous year null before the earliest contact', () => {
    const r = indicator(1, context({ 1: contacts }));
    expect(r.categories).toEqual(['2021-04', '2021-05', '2021-06', '2021-07', '2021-08', '2021-09']);
    expect(values(r, 'Contacts')).toEqual([2, 1, 0, 0, 0, 1]);
    // earliest contact 20/05/2020 is after 1 April and 1 May 2020: those months are null
    expect(values(r, 'Previous year')).toEqual([null, null, 0, 0, 0, 2]);
    expect(r.kind).toBe('monthly');
    expect(r.title).toBe('Total contacts received');
  });
  it('a contact on the first day of a month makes that month non-null', () => {
    const r = indicator(1, context({ 1: [contact('A', '2020-05-01')] }));
    expect(values(r, 'Previous year')).toEqual([null, 1, 0, 0, 0, 0]);
  });
  it('uses the parser\'s earliest date when it recorded one', () => {
    const ctx = context({ 1: [contact('A', '2020-06-10')] });
    ctx.parsed.info[1]!.earliest = { date: d('2020-04-01') };
    expect(values(indicator(1, ctx), 'Previous year')).toEqual([0, 0, 1, 0, 0, 0]);
  });
  it('is not available without List 1', () => {
    const r = indicator(1, context({}));
    expect(r.available).toBe(false);
    expect(r.reason).toBe('List 1 (Contacts) was not found in the workbook');
  });
});

describe('#2 Contact outcomes', () => {
  it('without an outcome column: progressed when a referral of the child falls within contact date .. +7 days', () => {
    const contacts = [
      contact('A', '2021-05-01'), // referral same day → progressed
      contact('B', '2021-05-01'), // referral on day 7 (08/05) → progressed
      contact('C', '2021-05-01'), // referral on day 8 → not
      contact('D', '2021-05-10'), // referral the day before → not
      contact('E', '2021-05-10'), // other child's referral → not
      contact('F', '2021-03-20'), // before the period: not counted
    ];
    const referrals = [referral('A', '2021-05-01'), referral('B', '2021-05-08'), referral('C', '2021-05-09'), referral('D', '2021-05-09'), referral('X', '2021-05-10')];
    const r = indicator(2, context({ 1: contacts, 3: referrals }));
    expect(r.categories).toEqual(['Progressed to referral', 'No referral within 7 days']);
    expect(values(r, 'Contacts')).toEqual([2, 3]);
    expect(values(r, 'Percent')).toEqual([40, 60]);
    const pct = r.series.find((s) => s.name === 'Percent')!;
    expect(pct.numeratorSeries).toBe('Contacts');
    expect(pct.denominator).toEqual([5, 5]);
    expect(r.kind).toBe('breakdown');
  });
  it('with a Contact Outcome column: groups case-insensitively, most frequent spelling, largest first, blanks Not recorded last', () => {
    const contacts = [
      contact('A', '2021-04-02', { outcome: 'Early help' }),
      contact('B', '2021-04-03', { outcome: 'early help' }),
      contact('C', '2021-04-04', { outcome: 'Early help ' }),
      contact('D', '2021-04-05', { outcome: 'NFA' }),
      contact('E', '2021-04-06', { outcome: null }),
      contact('F', '2021-04-07', { outcome: 'Referral' }),
      contact('G', '2021-04-08', { outcome: 'referral' }),
    ];
    const r = indicator(2, context({ 1: contacts }, { columns: { 1: ['contact outcome'] } }));
    expect(r.categories).toEqual(['Early help', 'Referral', 'NFA', 'Not recorded']);
    expect(values(r, 'Contacts')).toEqual([3, 2, 1, 1]);
    expect(values(r, 'Percent')).toEqual([42.9, 28.6, 14.3, 14.3]);
  });
  it('needs List 3 when there is no outcome column', () => {
    const r = indicator(2, context({ 1: [contact('A', '2021-05-01')] }));
    expect(r.available).toBe(false);
    expect(r.reason).toContain('List 3 (Referrals) was not found in the workbook');
  });
});

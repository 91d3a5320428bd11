import { computeIndicators } from '../../../src/engine/indicators';
import { applySuppression } from '../../../src/engine/suppression';
import { buildSummary } from '../../../src/engine/summary/build-summary';
import { spcPoints } from '../../../src/engine/summary/spc-points';
import type { Results } from '../../../src/engine/results';
import type { ContactRow, ReferralRow } from '../../../src/engine/lists';
import type { IndicatorContext } from '../../../src/engine/indicators/context';
import { contact, context, referral, values } from '../fixtures';

/** `n` contacts (distinct children) on the 5th of the month `yyyy-mm`. */
function contactsIn(month: string, n: number): ContactRow[] {
  return Array.from({ length: n }, (_, i) => contact(`C${month}-${i}`, `${month}-05`));
}

/** Months 2019-06 … 2021-09 with 20 contacts each, except a few chosen ones. */
function monthKeys(from: string, to: string): string[] {
  const keys: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    keys.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return keys;
}

function resultsOf(ctx: IndicatorContext): Results {
  return applySuppression({
    generator: { name: 'x', version: '1' }, authority: 'Test', threshold: 10,
    period: { financialYear: '2021/22', quarter: 2, start: '2021-04-01', end: '2021-09-30', previousQuarterEnd: '2021-06-30' },
    indicators: computeIndicators(ctx), districts: { names: [], blocks: [] }, problems: { count: 0, items: [] },
  }, 10);
}

const NO_COMMENTARY = { byIndicator: new Map<number, string>(), summary: null, problems: [] };

describe('control-chart points', () => {
  const counts = new Map(monthKeys('2019-06', '2021-09').map((k) => [k, 20]));
  counts.set('2021-09', 40); // the last month: an unusual rise
  counts.set('2021-05', 5); // a suppressed month in the report period
  const contacts = [...counts].flatMap(([k, n]) => contactsIn(k, n));
  const referrals: ReferralRow[] = [referral('R1', '2020-11-20'), referral('R2', '2021-08-02')];
  const ctx = context({ 1: contacts, 3: referrals });

  it('cover the last 24 months when the data reaches back further, and the report months equal the indicator', () => {
    const points = spcPoints(ctx).get(1)!;
    expect(points.categories[0]).toBe('2019-10');
    expect(points.categories).toHaveLength(24);
    const indicator = computeIndicators(ctx)[0];
    expect(points.values.slice(-6)).toEqual(values(indicator, 'Contacts'));
    expect(points.suppressed.slice(-6)).toEqual([false, true, false, false, false, false]);
  });

  it('start at the first month the data covers (earliest referral 20/11/2020 → December 2020): 10 points, not enough', () => {
    const points = spcPoints(ctx).get(3)!;
    expect(points.categories).toEqual(monthKeys('2020-12', '2021-09'));
    const { spc } = buildSummary({ results: resultsOf(ctx), ctx, commentary: NO_COMMENTARY });
    expect(spc.get(3)?.enough).toBe(false);
  });

  it('give the summary its signal, value and suppression', () => {
    const settings = { ...ctx.settings, targets: [{ indicator: 1, target: 100, tolerance: 5, polarity: 'high' as const }] };
    const withTargets = { ...ctx, settings };
    const { summary, spc } = buildSummary({ results: resultsOf(withTargets), ctx: withTargets, commentary: NO_COMMENTARY });
    const chart = spc.get(1)!;
    // 23 points of 20 (one 5) and a 40: the last point is above the upper limit.
    expect(chart.signals).toContainEqual({ index: 23, rule: 'outside', direction: 'high' });
    expect(chart.variation).toBe('improvement');
    const row = summary[0];
    // Apr–Sep 2021: 20 + 5 + 20 + 20 + 20 + 40 = 125; the same months of 2020: 6 × 20 = 120.
    expect(row).toMatchObject({ id: 1, value: 125, suppressed: false, previous: 120, direction: 'up', polarity: 'high', judgement: 'better', target: 100, tolerance: 5, rag: 'green', variation: 'improvement' });
    expect(row.headline).toBe('Contacts in the year to date were 125, up 5 on the same period of 2020/21; the monthly number showed an unusual rise.');
  });

  it('a suppressed headline value: a year-to-date sum of 1..9, and RAG null', () => {
    const small = context({ 1: contactsIn('2021-04', 3) }, { settings: { targets: [{ indicator: 1, target: 2, tolerance: 5, polarity: 'low' }] } });
    const row = buildSummary({ results: resultsOf(small), ctx: small, commentary: NO_COMMENTARY }).summary[0];
    expect(row).toMatchObject({ value: 3, suppressed: true, rag: null, direction: null });
    expect(row.headline).toBe('Contacts in the year to date were fewer than 10.');
  });
});

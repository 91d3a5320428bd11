import { shared } from '../../../../src/engine/indicators/common/shared';
import { care, context, plan, referral } from '../../fixtures';

describe('the IndicatorContext cache', () => {
  const ctx = context({
    3: [referral('A', '2021-05-01'), referral('B', '2021-06-01')],
    7: [plan('B', '2021-06-10', null), plan('C', '2021-07-01', null)],
    8: [care('A', '2021-04-02', null)],
  });

  it('is made once per context and a new context gets its own', () => {
    const first = shared(ctx);
    expect(shared(ctx)).toBe(first);
    expect(shared({ ...ctx })).not.toBe(first);
  });

  it('numbers the children of Lists 3, 4, 6, 7, 8 in that order, each once', () => {
    const cache = shared(ctx);
    expect(cache.childCount).toBe(3);
    expect([...cache.childOfRow(3)]).toEqual([0, 1]);
    expect([...cache.childOfRow(7)]).toEqual([1, 2]);
    expect([...cache.childOfRow(8)]).toEqual([0]);
    expect([...cache.childOfRow(4)]).toEqual([]);
  });

  it('lives on the context without showing in its keys or its JSON', () => {
    shared(ctx);
    expect(Object.keys(ctx).sort()).toEqual(['parsed', 'period', 'resolver', 'settings']);
    expect(JSON.stringify({ ...ctx, resolver: null })).not.toContain('memo');
  });
});

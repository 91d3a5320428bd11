import fc from 'fast-check';
import { applySuppression, derivedFlags, primaryFlags, secondaryFlags } from '../../src/engine/suppression';
import type { DistrictBlock, IndicatorResult, Results, Series } from '../../src/engine/results';
import { resultsOf } from './fixtures';

const T = 10;

function count(name: string, values: (number | null)[], extra: Partial<Series> = {}): Series {
  return { name, unit: 'count', values, suppressed: values.map(() => false), ...extra };
}

function indicator(id: number, kind: IndicatorResult['kind'], categories: string[], series: Series[]): IndicatorResult {
  return { id, title: `Indicator ${id}`, definition: 'd', kind, available: true, reason: null, categories, series, warnings: [] };
}

function results(indicators: IndicatorResult[], blocks: DistrictBlock[] = []): Results {
  return resultsOf(indicators, { names: ['A', 'B', 'Outside the authority', 'Unknown'], blocks });
}

describe('primaryFlags', () => {
  it('suppresses 1..T-1 and shows 0, T and above, and null', () => {
    expect(primaryFlags([0, 1, 9, 10, 11, null, 5], T)).toEqual([false, true, true, false, false, false, true]);
  });
  it('threshold 0 and 1 suppress nothing', () => {
    expect(primaryFlags([0, 1, 5, 9], 0)).toEqual([false, false, false, false]);
    expect(primaryFlags([0, 1, 5, 9], 1)).toEqual([false, false, false, false]);
  });
});

describe('secondaryFlags', () => {
  it('one suppressed category forces the next smallest non-zero value', () => {
    // values 40, 3, 0, 25, 12: 3 is primary; smallest remaining non-zero is 12 (index 4); the 0 stays.
    const values = [40, 3, 0, 25, 12];
    expect(secondaryFlags(values, primaryFlags(values, T))).toEqual([false, true, false, false, true]);
  });
  it('on a tie picks the first in category order', () => {
    const values = [15, 7, 15, 30];
    expect(secondaryFlags(values, primaryFlags(values, T))).toEqual([true, true, false, false]);
  });
  it('leaves a set with two suppressed values alone (the chain stops once two are hidden)', () => {
    const values = [4, 6, 50, 20];
    expect(secondaryFlags(values, primaryFlags(values, T))).toEqual([true, true, false, false]);
  });
  it('leaves sets with none suppressed alone', () => {
    expect(secondaryFlags([10, 20, 0], [false, false, false])).toEqual([false, false, false]);
  });
  it('stops when nothing non-zero is left to suppress', () => {
    expect(secondaryFlags([5, 0, 0, null], [true, false, false, false])).toEqual([true, false, false, false]);
  });
  it('districts against the authority total: Outside and Unknown take part', () => {
    // A 120, B 35, Outside 8, Unknown 14: Outside primary, Unknown (14) the next smallest.
    const values = [120, 35, 8, 14];
    expect(secondaryFlags(values, primaryFlags(values, T))).toEqual([false, false, true, true]);
  });
});

describe('derivedFlags', () => {
  it('follows the numerator flags', () => {
    expect(derivedFlags([12.5, 50, 80], [true, false, false], [40, 40, 40], T)).toEqual([true, false, false]);
  });
  it('suppresses when the denominator is below T', () => {
    expect(derivedFlags([0, 100, 50], [false, false, false], [9, 10, 30], T)).toEqual([true, false, false]);
  });
  it('keeps values when numerator and denominator are fine, and never flags a null', () => {
    expect(derivedFlags([25, null], [false, false], [40, 0], T)).toEqual([false, false]);
  });
});

describe('applySuppression', () => {
  const monthly = indicator(6, 'monthly', ['2021-04', '2021-05', '2021-06'], [
    count('Referrals', [8, 40, 120]),
    count('Re-referrals', [2, 12, 30]),
    { name: 'Percent', unit: 'percent', values: [25, 30, 25], suppressed: [false, false, false], numeratorSeries: 'Re-referrals', numerator: [2, 12, 30], denominator: [8, 40, 120] },
    { name: 'England', unit: 'percent', values: [22.7, 22.7, 22.7], suppressed: [false, false, false], benchmark: true },
  ]);
  const breakdown = indicator(13, 'breakdown', ['Neglect', 'Physical abuse', 'Sexual abuse', 'Emotional abuse'], [
    count('Plans', [200, 5, 30, 22]),
    { name: 'Percent', unit: 'percent', values: [77.5, 1.9, 11.6, 8.5], suppressed: [false, false, false, false], numeratorSeries: 'Plans', denominator: [257, 257, 257, 257] },
  ]);
  const cpCategory: DistrictBlock = {
    id: 'cp-category-pct', title: 'CP category', definition: 'd', available: true, reason: null,
    categories: ['Neglect', 'Physical abuse', 'Sexual abuse'],
    series: [{ name: 'A', unit: 'percent', values: [75, 10, 15], suppressed: [false, false, false], numerator: [30, 4, 6], denominator: [40, 40, 40] }],
  };
  const cpNumber: DistrictBlock = {
    id: 'cp-number', title: 'CP number', definition: 'd', available: true, reason: null,
    categories: ['A', 'B', 'Outside the authority', 'Unknown'],
    series: [count('Children on a plan', [150, 60, 0, 3])],
  };
  const input = results([monthly, breakdown], [cpCategory, cpNumber]);

  it('sets primary and derived flags on monthly series, never on benchmarks, no secondary across months', () => {
    const out = applySuppression(input, T);
    const s = out.indicators[0].series;
    expect(s[0].suppressed).toEqual([true, false, false]);
    expect(s[1].suppressed).toEqual([true, false, false]);
    expect(s[2].suppressed).toEqual([true, false, false]);
    expect(s[3].suppressed).toEqual([false, false, false]);
  });
  it('applies secondary suppression within a breakdown and carries it to the percent', () => {
    const out = applySuppression(input, T);
    expect(out.indicators[1].series[0].suppressed).toEqual([false, true, false, true]);
    expect(out.indicators[1].series[1].suppressed).toEqual([false, true, false, true]);
  });
  it('uses primary + secondary on the hidden numerators of a district percent series', () => {
    // numerators 30, 4, 6: both 4 and 6 primary → two suppressed, no secondary needed.
    const out = applySuppression(input, T);
    expect(out.districts.blocks[0].series[0].suppressed).toEqual([false, true, true]);
    // 150, 60, 0, 3: Unknown primary; the smallest non-zero left is B (60); 0 stays shown.
    expect(out.districts.blocks[1].series[0].suppressed).toEqual([false, true, false, true]);
  });
  it('does not change values and does not mutate its input', () => {
    const before = JSON.stringify(input);
    const out = applySuppression(input, T);
    expect(JSON.stringify(input)).toBe(before);
    expect(out.indicators[1].series[0].values).toEqual([200, 5, 30, 22]);
    expect(out.indicators[1].series[0]).not.toBe(input.indicators[1].series[0]);
  });
  it('threshold 0 suppresses nothing', () => {
    const out = applySuppression(input, 0);
    const all = [...out.indicators.flatMap((i) => i.series), ...out.districts.blocks.flatMap((b) => b.series)];
    expect(all.every((s) => s.suppressed.every((f) => f === false))).toBe(true);
  });
  it('suppresses within #21/#23 breakdown tables', () => {
    const ind = indicator(21, 'period', ['2021/22 Q2'], [count('Cohort', [60]), count('In touch', [52])]);
    ind.breakdown = { categories: ['Yes', 'No', 'Died', 'Refused'], series: [count('Young people', [52, 6, 0, 2])] };
    const out = applySuppression(results([ind]), T);
    expect(out.indicators[0].breakdown?.series[0].suppressed).toEqual([false, true, false, true]);
    expect(out.indicators[0].series[0].suppressed).toEqual([false]);
  });
});

describe('secondary suppression properties', () => {
  const arbValues = fc.array(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(null)), { minLength: 1, maxLength: 12 });
  it('no set is left with exactly one suppressed value unless nothing else could be hidden, and primary flags stay', () => {
    fc.assert(
      fc.property(arbValues, fc.integer({ min: 0, max: 15 }), (values, threshold) => {
        const primary = primaryFlags(values, threshold);
        const flags = secondaryFlags(values, primary);
        primary.forEach((p, i) => { if (p) expect(flags[i]).toBe(true); });
        const suppressed = flags.filter(Boolean).length;
        const candidates = values.filter((v, i) => !flags[i] && v !== null && v !== 0).length;
        expect(suppressed !== 1 || candidates === 0).toBe(true);
      }),
    );
  });
});

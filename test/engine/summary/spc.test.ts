import { MIN_POINTS, round2, xmrLimits, type XmrLimits } from '../../../src/engine/summary/spc-limits';
import { outsideMarks, shiftMarks, spcSignals, trendMarks, twoOfThreeMarks } from '../../../src/engine/summary/spc-rules';
import { assuranceOf, variationOf } from '../../../src/engine/summary/spc-icons';
import { controlChart } from '../../../src/engine/summary/spc';

const pts = (values: number[]) => values.map((value, index) => ({ index, value }));
/** Hand-made limits: mean 10, MR̄ 1.5 → limits 10 ± 3.99, two sigma 10 ± 2.66. */
const LIMITS: XmrLimits = { mean: 10, upper: 13.99, lower: 6.01, upperTwoSigma: 12.66, lowerTwoSigma: 7.34 };
const indexes = (marks: { index: number }[]) => marks.map((m) => m.index);

describe('XmR limits', () => {
  it('are the mean ± 2.66 × the mean moving range, worked by hand', () => {
    // 15 points alternating 10, 12: mean = (8×10 + 7×12)/15 = 164/15 = 10.9333…; every moving range is 2.
    const values = Array.from({ length: 15 }, (_, i) => (i % 2 === 0 ? 10 : 12));
    const limits = xmrLimits(values)!;
    expect(limits.mean).toBeCloseTo(164 / 15, 12);
    expect(limits.upper).toBeCloseTo(164 / 15 + 5.32, 12);
    expect(limits.lower).toBeCloseTo(164 / 15 - 5.32, 12);
    expect(limits.upperTwoSigma).toBeCloseTo(164 / 15 + (2 / 3) * 5.32, 12);
    expect(round2(limits.mean)).toBe(10.93);
  });

  it('need 15 points: 14 give none, and the chart says not enough', () => {
    expect(MIN_POINTS).toBe(15);
    const fourteen = Array.from({ length: 14 }, (_, i) => i);
    expect(xmrLimits(fourteen)).toBeNull();
    const chart = controlChart({ series: 'Contacts', categories: fourteen.map(String), values: fourteen, suppressed: fourteen.map(() => false), polarity: 'high', target: 5 });
    expect(chart).toMatchObject({ enough: false, mean: null, upper: null, lower: null, signals: [], variation: null, assurance: null });
  });

  it('skip months without a value (null), with the moving range across the gap', () => {
    const values: (number | null)[] = [10, null, 12, ...Array.from({ length: 13 }, (_, i) => (i % 2 === 0 ? 10 : 12))];
    // 15 values: 10, 12, 10, 12, … → moving ranges all 2 (10→12 across the gap too).
    const limits = xmrLimits(values)!;
    expect(limits.upper - limits.mean).toBeCloseTo(5.32, 12);
  });
});

describe('rule 1: outside the limits', () => {
  it('marks a point above the upper limit high and below the lower limit low; on a limit is not outside', () => {
    const marks = outsideMarks(pts([14, 13.99, 6, 10]), LIMITS);
    expect(marks).toEqual([
      { index: 0, rule: 'outside', direction: 'high' },
      { index: 2, rule: 'outside', direction: 'low' },
    ]);
  });
});

describe('rule 2: shift', () => {
  it('marks every point of a run of 7 above the mean', () => {
    expect(indexes(shiftMarks(pts([9, 11, 11, 11, 11, 11, 11, 11, 9]), LIMITS))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('a run of 6 is not a shift', () => {
    expect(shiftMarks(pts([9, 11, 11, 11, 11, 11, 11, 9]), LIMITS)).toEqual([]);
  });

  it('a point on the mean breaks the run', () => {
    expect(shiftMarks(pts([11, 11, 11, 10, 11, 11, 11, 11]), LIMITS)).toEqual([]);
  });

  it('below the mean is low', () => {
    expect(shiftMarks(pts([9, 9, 9, 9, 9, 9, 9]), LIMITS).every((m) => m.direction === 'low')).toBe(true);
  });
});

describe('rule 3: trend', () => {
  it('marks 7 points each strictly higher than the one before (6 rises), rising = high', () => {
    const marks = trendMarks(pts([5, 1, 2, 3, 4, 5, 6, 7, 3]));
    expect(indexes(marks)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(marks.every((m) => m.direction === 'high')).toBe(true);
  });

  it('6 points rising is not a trend', () => {
    expect(trendMarks(pts([1, 2, 3, 4, 5, 6]))).toEqual([]);
  });

  it('an equal value breaks it', () => {
    expect(trendMarks(pts([1, 2, 3, 3, 4, 5, 6, 7]))).toEqual([]);
  });

  it('falling is low', () => {
    expect(trendMarks(pts([9, 8, 7, 6, 5, 4, 3])).map((m) => m.direction)).toEqual(new Array(7).fill('low'));
  });
});

describe('rule 4: two of three beyond two sigma', () => {
  it('marks the 2 of 3 same-side points beyond two sigma, not the third', () => {
    expect(twoOfThreeMarks(pts([10, 13, 11, 13, 10]), LIMITS)).toEqual([
      { index: 1, rule: 'two-of-three', direction: 'high' },
      { index: 3, rule: 'two-of-three', direction: 'high' },
    ]);
  });

  it('counts a point beyond 3 sigma as beyond 2 sigma (it is also outside)', () => {
    const all = spcSignals([11, 15, 12.7, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10], LIMITS);
    expect(all.filter((m) => m.rule === 'two-of-three').map((m) => m.index)).toEqual([1, 2]);
    expect(all.filter((m) => m.rule === 'outside').map((m) => m.index)).toEqual([1]);
  });

  it('needs all three on the same side of the mean', () => {
    expect(twoOfThreeMarks(pts([13, 9, 13]), LIMITS)).toEqual([]);
  });

  it('one point beyond two sigma is not enough', () => {
    expect(twoOfThreeMarks(pts([13, 11, 11]), LIMITS)).toEqual([]);
  });
});

describe('variation of the last point', () => {
  const high = { index: 4, rule: 'outside' as const, direction: 'high' as const };
  const low = { index: 4, rule: 'shift' as const, direction: 'low' as const };
  it('is common without a mark on the last point', () => {
    expect(variationOf([{ ...high, index: 3 }], 4, 'high')).toBe('common');
  });
  it('by polarity: high mark = improvement (high), concern (low), high (neither)', () => {
    expect(variationOf([high], 4, 'high')).toBe('improvement');
    expect(variationOf([high], 4, 'low')).toBe('concern');
    expect(variationOf([high], 4, 'neither')).toBe('high');
    expect(variationOf([low], 4, 'neither')).toBe('low');
  });
  it('with marks of both directions, improvement (or high) wins', () => {
    expect(variationOf([high, low], 4, 'high')).toBe('improvement');
    expect(variationOf([high, low], 4, 'low')).toBe('improvement');
    expect(variationOf([high, low], 4, 'neither')).toBe('high');
  });
});

describe('assurance', () => {
  it('polarity high: target on the lower limit passes, on the upper limit fails, between is hit and miss', () => {
    expect(assuranceOf(6.01, 'high', LIMITS)).toBe('pass');
    expect(assuranceOf(13.99, 'high', LIMITS)).toBe('fail');
    expect(assuranceOf(10, 'high', LIMITS)).toBe('hit-and-miss');
  });
  it('polarity low mirrors it', () => {
    expect(assuranceOf(13.99, 'low', LIMITS)).toBe('pass');
    expect(assuranceOf(6.01, 'low', LIMITS)).toBe('fail');
  });
  it('a target exactly on a computed limit (binary rounding) counts as on it', () => {
    // Points 10, 11 alternating: MR̄ = 1, limits = mean ± 2.66 — a target typed as that limit is on it.
    const values = Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 10 : 11));
    const limits = xmrLimits(values)!;
    expect(assuranceOf(10.5 - 2.66, 'high', limits)).toBe('pass');
    expect(assuranceOf(10.5 + 2.66, 'high', limits)).toBe('fail');
  });
  it('is null without a target, with polarity neither, or without limits', () => {
    expect(assuranceOf(null, 'high', LIMITS)).toBeNull();
    expect(assuranceOf(5, 'neither', LIMITS)).toBeNull();
    expect(assuranceOf(5, 'high', null)).toBeNull();
  });
});

describe('control chart', () => {
  it('computes limits on suppressed values too (flags are for the chart only), rounds to 2 dp after the signals', () => {
    const values = [...new Array(14).fill(20), 40];
    const suppressed = values.map((_, i) => i === 14);
    const chart = controlChart({ series: 'Contacts', categories: values.map((_, i) => `2020-${i}`), values, suppressed, polarity: 'neither', target: null });
    // mean = (14×20 + 40)/15 = 21.333…; MR̄ = 20/14; upper = 21.333 + 2.66 × 1.42857 = 25.1333…
    expect(chart.enough).toBe(true);
    expect(chart.mean).toBe(21.33);
    expect(chart.upper).toBe(25.13);
    expect(chart.lower).toBe(17.53);
    expect(chart.signals).toContainEqual({ index: 14, rule: 'outside', direction: 'high' });
    expect(chart.variation).toBe('high');
    expect(chart.suppressed[14]).toBe(true);
  });
});

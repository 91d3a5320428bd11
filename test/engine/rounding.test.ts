import { percent, rate } from '../../src/engine/rounding';

describe('percent', () => {
  it('rounds exactly, half away from zero, to 1 dp', () => {
    expect(percent(49, 392)).toBe(12.5); // 100 × 49 ÷ 392 = 12.5 exactly
    expect(percent(49, 400)).toBe(12.3); // 12.25 → 12.3 (a float quotient would give 12.2)
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 16)).toBe(6.3); // 6.25 → 6.3
    expect(percent(0, 5)).toBe(0);
    expect(percent(7, 7)).toBe(100);
  });
  it('is null for a zero denominator', () => {
    expect(percent(0, 0)).toBeNull();
  });
});

describe('rate per 10,000', () => {
  it('rounds exactly', () => {
    expect(rate(850, 119353)).toBe(71.2); // 71.2172...
    expect(rate(1, 40000)).toBe(0.3); // 0.25 → 0.3
    expect(rate(3, 8000)).toBe(3.8); // 3.75 → 3.8
  });
  it('is null for a zero population', () => {
    expect(rate(5, 0)).toBeNull();
  });
});

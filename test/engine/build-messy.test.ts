/**
 * Tolerant reading end to end: the same synthetic county written clean and written the messy
 * real-world way (text dates in several forms, codes with and without prefixes, Y/N/1/0, #N/A,
 * stray blanks, a few impossible dates) must give nearly the same figures. The messy copy loses
 * only the rows and cells it spoils (about 0.1 %), so every count stays within 2 % (or 3).
 */
import { buildResults } from '../../src/engine/build';
import { defaultSettings } from '../../src/engine/settings/defaults';
import { dayFromYmd } from '../../src/engine/dates';
import { generateSample } from '../../src/sample/generate';
import type { Results } from '../../src/engine/results';

function build(messy: boolean): Results {
  const sheets = generateSample({ scale: 0.3, messy, seed: 77 });
  const settings = { ...defaultSettings(), financialYear: 2021, quarter: 2 as const };
  return buildResults(sheets, settings, { today: dayFromYmd(2021, 10, 15), version: 'test' }).results;
}

describe('clean and messy copies of the same extracts', () => {
  const clean = build(false);
  const messy = build(true);

  it('both give all 23 indicators; only the messy copy has many problems', () => {
    expect(clean.indicators.filter((i) => i.available)).toHaveLength(23);
    expect(messy.indicators.filter((i) => i.available)).toHaveLength(23);
    expect(messy.problems.count).toBeGreaterThan(clean.problems.count);
  });

  it('agree on every count within 2 % (or 3), indicator by indicator', () => {
    for (const ind of clean.indicators) {
      const other = messy.indicators.find((i) => i.id === ind.id)!;
      ind.series.forEach((s, k) => {
        if (s.unit !== 'count') return;
        s.values.forEach((v, m) => {
          const w = other.series[k].values[m];
          if (v === null) return expect(w).toBeNull();
          expect({ id: ind.id, series: s.name, month: m, diff: Math.abs((w ?? 0) - v) <= Math.max(3, 0.02 * v) }).toEqual({ id: ind.id, series: s.name, month: m, diff: true });
        });
      });
    }
  });
});

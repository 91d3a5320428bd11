import { pageBreaks, pageCapacityPx, printScale, rowPixels } from '../../src/report/pages';
import { linesNeeded, narrowestWidthFor } from '../../src/report/wrap';

const TITLE = { first: 0, last: 3 };
/** Title rows of 21, 21, 16, 16 pt = 28 + 28 + 21.33 + 21.33 px = 98.67 px. */
const TITLE_HEIGHTS = [
  { row: 0, height: 21 },
  { row: 1, height: 21 },
  { row: 2, height: 16 },
  { row: 3, height: 16 },
];

describe('printScale', () => {
  it('is 1 when the print area fits the 988 px page width, else page width ÷ area width', () => {
    // 10 columns of 13 characters = 10 × (13 × 7 + 5) = 960 px ≤ 988.
    const narrow = Array.from({ length: 10 }, (_, col) => ({ col, width: 13 }));
    expect(printScale({ sheet: 'S', firstRow: 0, firstCol: 0, lastRow: 9, lastCol: 9 }, narrow)).toBe(1);
    // 19 columns of 13 characters = 19 × 96 = 1,824 px → 988 / 1824.
    const wide = Array.from({ length: 19 }, (_, col) => ({ col, width: 13 }));
    expect(printScale({ sheet: 'S', firstRow: 0, firstCol: 0, lastRow: 9, lastCol: 18 }, wide)).toBeCloseTo(988 / 1824, 10);
  });
});

describe('pageBreaks', () => {
  const rowPx = rowPixels(TITLE_HEIGHTS);

  it('measures rows from their explicit heights (points × 4/3) and 20 px otherwise', () => {
    expect([rowPx(0), rowPx(2), rowPx(4), rowPx(50)]).toEqual([28, 64 / 3, 20, 20]);
  });

  it('holds 650 px × 0.95 ÷ scale less the repeated title rows', () => {
    // scale 1: 617.5 − 98.67 = 518.83 px, about 26 rows of 20 px; scale 0.5: 1235 − 98.67.
    expect(pageCapacityPx(1, 98.67)).toBeCloseTo(518.83, 2);
    expect(pageCapacityPx(0.5, 98.67)).toBeCloseTo(1136.33, 2);
  });

  it('at scale 1 (519 px) fits one 12-row section with the next not; at 0.75 (725 px) two', () => {
    // Sections of 12 rows with a 2-row gap: 5–16, 19–30, 33–44, 47–58.
    const sections = [
      { first: 5, last: 16 },
      { first: 19, last: 30 },
      { first: 33, last: 44 },
      { first: 47, last: 58 },
    ];
    // Scale 1: rows 4..30 = 27 rows = 540 px > 518.8 → break at 19; 19..44 = 26 rows = 520 px > 518.8 → 33; then 47.
    expect(pageBreaks(sections, rowPx, TITLE, 1)).toEqual([19, 33, 47]);
    // Scale 0.75: (617.5 / 0.75 − 98.67) = 724.7 px = 36 rows: 4..30 (27 rows) fits, 4..44 (41) does not; 33..58 (26) fits.
    expect(pageBreaks(sections, rowPx, TITLE, 0.75)).toEqual([33]);
  });

  it('never breaks inside a section: every break is a section\'s first row', () => {
    const sections = Array.from({ length: 23 }, (_, i) => ({ first: 5 + i * 19, last: 5 + i * 19 + 16 }));
    const firsts = new Set(sections.map((s) => s.first));
    const breaks = pageBreaks(sections, rowPx, TITLE, 0.7);
    expect(breaks.length).toBeGreaterThan(0);
    for (const row of breaks) expect(firsts.has(row)).toBe(true);
  });

  it('gives a section taller than a page a page of its own, and no break before the first section', () => {
    const sections = [
      { first: 5, last: 60 },
      { first: 63, last: 70 },
    ];
    expect(pageBreaks(sections, rowPx, TITLE, 1)).toEqual([63]);
  });
});

describe('wrap', () => {
  it('counts the lines of greedy word wrap and finds the narrowest two-line width', () => {
    expect(linesNeeded('Statistical neighbours', 11)).toBe(2);
    expect(linesNeeded('Statistical neighbours', 22)).toBe(1);
    expect(narrowestWidthFor('Statistical neighbours', 2)).toBe(11);
    // "Children" / "looked after": 12 characters.
    expect(narrowestWidthFor('Children looked after', 2)).toBe(12);
  });
});

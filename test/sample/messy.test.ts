import { generateSample } from '../../src/sample/generate';
import { messyCode, messyDate, messyHeading } from '../../src/sample/messy';
import { Rng } from '../../src/sample/prng';
import { dayFromYmd } from '../../src/engine/dates';
import type { CellValue } from '../../src/engine/types';

describe('generateSample (messy)', () => {
  const sheets = generateSample({ scale: 0.3, messy: true, seed: 11 });
  const cells: CellValue[] = sheets.flatMap((s) => s.values.slice(2).flat());

  it('contains DD/MM/YYYY, ISO and date-time text dates alongside serial numbers', () => {
    expect(cells.some((v) => typeof v === 'string' && /^\d{2}\/\d{2}\/\d{4}$/.test(v))).toBe(true);
    expect(cells.some((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))).toBe(true);
    expect(cells.some((v) => typeof v === 'string' && /^\d{2}\/\d{2}\/\d{4} 00:00$/.test(v))).toBe(true);
    expect(cells.some((v) => typeof v === 'string' && /^\d{2}\/\d{2}\/\d{2}$/.test(v))).toBe(true);
  });

  it('contains prefixed and unprefixed codes and Y/N forms', () => {
    expect(cells).toContain('q) 6: Police');
    expect(cells).toContain('6: Police');
    expect(cells.some((v) => v === 'Y' || v === 'N')).toBe(true);
    expect(cells.some((v) => v === true || v === 'TRUE' || v === 1 || v === '1')).toBe(true);
  });

  it('contains blank rows, #N/A cells and a few impossible dates', () => {
    const rows = sheets.flatMap((s) => s.values.slice(2));
    expect(rows.some((r) => r.every((v) => v === null))).toBe(true);
    expect(cells).toContain('#N/A');
    expect(cells.some((v) => typeof v === 'string' && /^3[01]\/(02|04|06|09)\/\d{4}$/.test(v))).toBe(true);
  });

  it('writes headings with curly quotes and trailing spaces', () => {
    const l3 = sheets.find((s) => s.name === 'List_3')!.values[1];
    expect(l3).toContain('Date of Referral ');
    const l8 = sheets.find((s) => s.name === 'List_8')!.values[1];
    expect(l8).toContain('Child’s Legal Status');
  });
});

describe('messy cell forms', () => {
  it('writes 2-digit years only for dates from 2000 on', () => {
    const rng = new Rng(3);
    const old = dayFromYmd(1999, 7, 4);
    const forms = Array.from({ length: 400 }, () => messyDate(old, rng));
    expect(forms.filter((f) => typeof f === 'string' && /^\d{2}\/\d{2}\/\d{2}$/.test(f))).toEqual([]);
    expect(forms).toContain('04/07/1999');
    expect(forms).toContain('1999-07-04');
    expect(forms).toContain(36345);
  });

  it('never writes a shared description (Individual) bare', () => {
    const rng = new Rng(5);
    const code = { full: 'a) 1A: Individual', code: '1A', description: 'Individual', descriptionUnique: false };
    const forms = new Set(Array.from({ length: 500 }, () => messyCode(code, rng)));
    expect(forms.has('Individual')).toBe(false);
    expect(forms.has('1A: Individual')).toBe(true);
    expect(forms.has('1A')).toBe(true);
    expect(forms.has('1a')).toBe(true);
  });

  it('turns straight apostrophes in headings into curly ones', () => {
    expect(messyHeading("Child's Category of Need")).toBe('Child’s Category of Need');
    expect(messyHeading('Date of referral')).toBe('Date of Referral ');
  });
});

import { addYears, dayFromYmd, excelSerialFromDay, weekday } from '../../src/engine/dates';
import { OFFICIAL_HEADINGS, OFFICIAL_TITLES } from '../../src/engine/parse/official-headings';
import type { CellValue, SourceSheet } from '../../src/engine/types';
import { generateSample, SAMPLE_DEFAULTS } from '../../src/sample/generate';
import { defaultSettings } from '../../src/engine/settings/defaults';

/** Values of a clean list: headings (row 2) and data rows, read by heading. */
function list(sheets: SourceSheet[], n: number) {
  const sheet = sheets.find((s) => s.name === `List_${n}`);
  if (!sheet) throw new Error(`List_${n} missing`);
  const headings = sheet.values[1] as string[];
  const rows = sheet.values.slice(2);
  const col = (heading: string) => {
    const i = headings.indexOf(heading);
    if (i < 0) throw new Error(`no column ${heading}`);
    return i;
  };
  return { sheet, headings, rows, col };
}

const serial = (y: number, m: number, d: number) => excelSerialFromDay(dayFromYmd(y, m, d));
const PERIOD_START = serial(2021, 4, 1);
const SNAPSHOT = serial(2021, 9, 30);
const POPULATION = 119353;
const openAt = (start: CellValue, end: CellValue, at: number) =>
  typeof start === 'number' && start <= at && (end === null || (typeof end === 'number' && end > at));
const oneYearBefore = (s: number) => excelSerialFromDay(addYears(s - excelSerialFromDay(0), -1));

describe('generateSample (clean, scale 1, default seed)', () => {
  const sheets = generateSample({ scale: 1, messy: false });

  it('targets 2021/22 Q2 by default', () => {
    expect(SAMPLE_DEFAULTS).toMatchObject({ financialYear: 2021, quarter: 2, periodStart: '2021-04-01', periodEnd: '2021-09-30', extractStart: '2020-04-01' });
  });

  it('writes the seven lists with the official title and headings plus Postcode', () => {
    expect(sheets.map((s) => s.name)).toEqual(['List_1', 'List_3', 'List_4', 'List_6', 'List_7', 'List_8', 'List_9']);
    for (const n of [1, 3, 4, 6, 7, 8, 9] as const) {
      const { sheet, headings } = list(sheets, n);
      expect(sheet.values[0][0]).toBe(OFFICIAL_TITLES[n]);
      expect(sheet.values[0].slice(1).every((v) => v === null)).toBe(true);
      expect(headings).toEqual([...OFFICIAL_HEADINGS[n], 'Postcode']);
    }
    expect(list(sheets, 8).headings).toContain('Placement postcode');
  });

  it('has 2,000–3,000 referrals in the report period, ~1/3 NFA and ~22% re-referrals', () => {
    const { rows, col } = list(sheets, 3);
    const date = col('Date of referral');
    const id = col('Child Unique ID');
    const inPeriod = rows.filter((r) => (r[date] as number) >= PERIOD_START && (r[date] as number) <= SNAPSHOT);
    expect(inPeriod.length).toBeGreaterThanOrEqual(2000);
    expect(inPeriod.length).toBeLessThanOrEqual(3000);
    const nfa = inPeriod.filter((r) => r[col('Referral NFA?')] === 'a) Yes').length / inPeriod.length;
    expect(nfa).toBeGreaterThan(0.28);
    expect(nfa).toBeLessThan(0.38);
    const datesByChild = new Map<string, number[]>();
    for (const r of rows) datesByChild.set(String(r[id]), [...(datesByChild.get(String(r[id])) ?? []), r[date] as number]);
    const rereferrals = inPeriod.filter((r) => {
      const d = r[date] as number;
      return datesByChild.get(String(r[id]))!.some((other) => other < d && other >= oneYearBefore(d));
    }).length;
    expect(rereferrals / inPeriod.length).toBeGreaterThan(0.17);
    expect(rereferrals / inPeriod.length).toBeLessThan(0.27);
  });

  it('has ~15,000 contacts a year (6,500–8,500 in the six-month period), dated as Excel serials', () => {
    const { rows, col } = list(sheets, 1);
    const date = col('Date of Contact');
    const inPeriod = rows.filter((r) => (r[date] as number) >= PERIOD_START && (r[date] as number) <= SNAPSHOT).length;
    expect(inPeriod).toBeGreaterThan(6500);
    expect(inPeriod).toBeLessThan(8500);
    expect(rows.every((r) => Number.isInteger(r[date]))).toBe(true);
    // Contacts cover the year to date and the 12 months before: none before 1 April 2020.
    expect(Math.min(...rows.map((r) => r[date] as number))).toBeGreaterThanOrEqual(serial(2020, 4, 1));
  });

  it('has ~2,400 assessments authorised in the period, ~88% within 45 working days', () => {
    const { rows, col } = list(sheets, 4);
    const start = col('Continuous Assessment Start Date');
    const authorised = col('Continuous Assessment Date of Authorisation');
    const holidays = new Set(defaultSettings().bankHolidays);
    const workingDays = (from: number, to: number) => {
      let count = 0;
      for (let d = from - excelSerialFromDay(0) + 1; d <= to - excelSerialFromDay(0); d += 1) {
        if (weekday(d) !== 0 && weekday(d) !== 6 && !holidays.has(d)) count += 1;
      }
      return count;
    };
    const done = rows.filter((r) => typeof r[authorised] === 'number' && (r[authorised] as number) >= PERIOD_START && (r[authorised] as number) <= SNAPSHOT);
    expect(done.length).toBeGreaterThan(2000);
    expect(done.length).toBeLessThan(2800);
    const onTime = done.filter((r) => workingDays(r[start] as number, r[authorised] as number) <= 45).length / done.length;
    expect(onTime).toBeGreaterThan(0.83);
    expect(onTime).toBeLessThan(0.93);
  });

  it('has ~900 children looked after, ~450 on plans and ~3,300 children in need at the snapshot', () => {
    const cla = list(sheets, 8);
    const status = cla.col("Child's Legal Status");
    const looked = new Set(
      cla.rows
        .filter((r) => !/^V[34]/.test(String(r[status])) && openAt(r[cla.col('Date Started to be Looked After')], r[cla.col('Date Ceased to be Looked After ')], SNAPSHOT))
        .map((r) => String(r[0])),
    );
    expect(looked.size).toBeGreaterThan(780);
    expect(looked.size).toBeLessThan(1020);
    const shortBreaks = cla.rows.filter((r) => /^V[34]/.test(String(r[status]))).length / cla.rows.length;
    expect(shortBreaks).toBeGreaterThan(0.02);
    expect(shortBreaks).toBeLessThan(0.05);

    const cp = list(sheets, 7);
    const plans = new Set(
      cp.rows.filter((r) => openAt(r[cp.col('Child Protection Plan Start Date')], r[cp.col('Child Protection Plan End Date')], SNAPSHOT)).map((r) => String(r[0])),
    );
    expect(plans.size).toBeGreaterThan(380);
    expect(plans.size).toBeLessThan(540);

    const cin = list(sheets, 6);
    const inNeed = new Set(
      cin.rows
        .filter((r) => !/RC[89]/.test(String(r[cin.col('Reason for Closure')] ?? '')))
        .filter((r) => openAt(r[cin.col('CIN Start Date')], r[cin.col('CIN Closure Date')], SNAPSHOT))
        .map((r) => String(r[0])),
    );
    for (const id of [...looked, ...plans]) inNeed.add(id);
    const rate = (10000 * inNeed.size) / POPULATION;
    expect(rate).toBeGreaterThan(240);
    expect(rate).toBeLessThan(340);
    // Every child on a plan or in care also has an open CIN episode (consistent lists).
    const openEpisodes = new Set(cin.rows.filter((r) => openAt(r[cin.col('CIN Start Date')], r[cin.col('CIN Closure Date')], SNAPSHOT)).map((r) => String(r[0])));
    expect([...plans].filter((id) => !openEpisodes.has(id))).toEqual([]);
  });

  it('has ~600 care leavers aged 17 and over, ~90% in touch, ~50% in EET', () => {
    const { rows, col } = list(sheets, 9);
    expect(rows.length).toBe(600);
    const ages = rows.map((r) => Math.floor((SNAPSHOT - (r[col('Date of Birth')] as number)) / 365.25));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(17);
    expect(Math.max(...ages)).toBeLessThanOrEqual(25);
    const inTouch = rows.filter((r) => r[col('LA In Touch ')] === 'a) Yes').length / rows.length;
    expect(inTouch).toBeGreaterThan(0.85);
    expect(inTouch).toBeLessThan(0.95);
    const eet = rows.filter((r) => /^[FP][1-5]:/.test(String(r[col('Activity Status')] ?? ''))).length / rows.length;
    expect(eet).toBeGreaterThan(0.4);
    expect(eet).toBeLessThan(0.6);
  });

  it('keeps children consistent: every CP and CLA child has a referral, an assessment and a CIN episode, with one date of birth', () => {
    const ids = (n: number) => new Set(list(sheets, n).rows.map((r) => String(r[0])));
    const referred = ids(3);
    const assessed = ids(4);
    const inNeed = ids(6);
    for (const id of ids(7)) {
      expect(referred.has(id) && assessed.has(id) && inNeed.has(id)).toBe(true);
    }
    const l8 = list(sheets, 8);
    const nonShortBreak = l8.rows.filter((r) => !/^V[34]/.test(String(r[l8.col("Child's Legal Status")]))).map((r) => String(r[0]));
    expect(nonShortBreak.filter((id) => !referred.has(id) || !assessed.has(id) || !inNeed.has(id))).toEqual([]);
    const dobById = new Map<string, CellValue>();
    let conflicts = 0;
    for (const n of [1, 3, 4, 6, 7, 8, 9]) {
      const { rows, col } = list(sheets, n);
      for (const r of rows) {
        const id = String(r[0]);
        const dob = r[col('Date of Birth')];
        if (dobById.has(id) && dobById.get(id) !== dob) conflicts += 1;
        dobById.set(id, dob);
      }
    }
    expect(conflicts).toBe(0);
  });

  it('uses 6–8 digit IDs, some as text with leading zeros', () => {
    const ids = list(sheets, 1).rows.map((r) => r[0]);
    expect(ids.every((id) => /^\d{6,8}$/.test(String(id)))).toBe(true);
    expect(ids.some((id) => typeof id === 'string' && id.startsWith('0'))).toBe(true);
    expect(ids.some((id) => typeof id === 'number')).toBe(true);
  });

  it('puts about a quarter of placements outside the county and keeps Malvern Hills small among care leavers', () => {
    const l8 = list(sheets, 8);
    const located = l8.rows.map((r) => r[l8.col('Placement Location')]).filter((v) => v !== null);
    const outside = located.filter((v) => v === 'b) Out').length / located.length;
    expect(outside).toBeGreaterThan(0.18);
    expect(outside).toBeLessThan(0.32);
    const settings = defaultSettings();
    const l9 = list(sheets, 9);
    const malvern = l9.rows.filter((r) => settings.postcodes.get(String(r[l9.col('Postcode')])) === 'Malvern Hills').length;
    expect(malvern).toBeGreaterThan(0);
    expect(malvern).toBeLessThan(40);
  });
});

describe('generateSample determinism and scale', () => {
  it('gives identical output for the same seed and different output for another', () => {
    const a = generateSample({ scale: 0.2, messy: true, seed: 7 });
    const b = generateSample({ scale: 0.2, messy: true, seed: 7 });
    const c = generateSample({ scale: 0.2, messy: true, seed: 8 });
    expect(b).toEqual(a);
    expect(c[0].values.slice(2, 50)).not.toEqual(a[0].values.slice(2, 50));
  });

  it('scales volumes: scale 0.5 has about half the contacts of scale 1', () => {
    const half = generateSample({ scale: 0.5, messy: false })[0].values.length;
    const full = generateSample({ scale: 1, messy: false })[0].values.length;
    expect(half / full).toBeGreaterThan(0.42);
    expect(half / full).toBeLessThan(0.58);
  });

  it('rejects a scale that is not a positive number', () => {
    expect(() => generateSample({ scale: 0, messy: false })).toThrow('positive');
  });

  it('follows the financial year option', () => {
    const sheets = generateSample({ scale: 0.2, messy: false, financialYear: 2023 });
    const { rows, col } = list(sheets, 1);
    const dates = rows.map((r) => r[col('Date of Contact')] as number);
    expect(Math.min(...dates)).toBeGreaterThanOrEqual(serial(2022, 4, 1));
    expect(Math.max(...dates)).toBeLessThanOrEqual(serial(2023, 9, 30));
  });
});

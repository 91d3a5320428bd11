/**
 * The issue-3 acceptance check on the real thing: `csc-report sample` then `csc-report build
 * --out --json`, and the report workbook read back (exceljs for cells, jszip for chart parts).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { compileCli, runCli } from './compiled-cli';
import { readAllEntries } from '../render/xlsx/read-package';
import type { Results } from '../../src/engine/results';

const THRESHOLD = 10;
const DISTRICTS = ['Bromsgrove', 'Malvern Hills', 'Redditch', 'Worcester', 'Wychavon', 'Wyre Forest'];

let dir: string;
let results: Results;
let report: ExcelJS.Workbook;
let input: ExcelJS.Workbook;
let parts: Record<string, string>;

beforeAll(async () => {
  compileCli();
  dir = mkdtempSync(join(tmpdir(), 'csc-sample-report-'));
  const sample = runCli(['sample', '--out', join(dir, 'in.xlsx')], dir);
  expect(sample.code).toBe(0);
  const build = runCli(['build', join(dir, 'in.xlsx'), '--out', join(dir, 'report.xlsx'), '--json', join(dir, 'r.json')], dir);
  expect(build.stderr).not.toMatch(/Error/);
  expect(build.code).toBe(0);
  results = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Results;
  report = new ExcelJS.Workbook();
  await report.xlsx.readFile(join(dir, 'report.xlsx'));
  input = new ExcelJS.Workbook();
  await input.xlsx.readFile(join(dir, 'in.xlsx'));
  parts = await readAllEntries(readFileSync(join(dir, 'report.xlsx')));
}, 120_000);

/** Chart part name → the sheet it sits on, through drawings and their relationships. */
function chartsBySheet(): Map<string, string[]> {
  const workbookXml = parts['xl/workbook.xml'];
  const workbookRels = parts['xl/_rels/workbook.xml.rels'];
  const out = new Map<string, string[]>();
  for (const m of workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const name = m[1].replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(workbookRels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(workbookRels)?.[1];
    const sheetFile = target!.replace(/^\/?(xl\/)?/, '');
    const sheetRels = parts[`xl/worksheets/_rels/${sheetFile.split('/').pop()}.rels`] ?? '';
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(sheetRels)?.[1];
    const drawingRels = drawing ? parts[`xl/drawings/_rels/${drawing}.rels`] : '';
    out.set(name, [...drawingRels.matchAll(/Target="\.\.\/charts\/(chart\d+\.xml)"/g)].map((c) => c[1]));
  }
  return out;
}

function chartTitle(xml: string): string {
  const title = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml)?.[1] ?? '';
  return [...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('');
}

/** A1 range "'Chart Data'!$B$3:$B$8" → every cell address in it. */
function cellsOf(ref: string): string[] {
  const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(ref)!;
  const col = (s: string) => s.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1] = [col(m[2]), Number(m[3])];
  const [c2, r2] = m[4] ? [col(m[4]), Number(m[5])] : [c1, r1];
  const cells: string[] = [];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push(`${m[1]}|${r}|${c}`);
  return cells;
}

test('the report has the sheets of outputs.md, in order, Chart Data hidden', () => {
  const names = report.worksheets.map((w) => w.name);
  expect(names).toEqual(['Performance Report', 'District Summary', ...DISTRICTS, 'Chart Data', 'Build Log']);
  expect(report.getWorksheet('Chart Data')!.state).toBe('hidden');
});

test('the Performance Report has a chart for each of the 23 indicators, titled with its number', () => {
  const charts = chartsBySheet().get('Performance Report')!;
  const numbers = new Set(charts.map((c) => /^(\d+)\./.exec(chartTitle(parts[`xl/charts/${c}`]))?.[1]).filter(Boolean).map(Number));
  expect(results.indicators.filter((i) => i.available)).toHaveLength(23);
  expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
});

test('every district sheet and the District Summary carry charts', () => {
  const bySheet = chartsBySheet();
  // One-page profiles: four comparison charts and the category mix; the District Summary's page of four comparisons.
  expect(bySheet.get('District Summary')!.length).toBe(4);
  for (const name of DISTRICTS) expect(bySheet.get(name)!.length).toBe(5);
});

test('every chart series refers to a Chart Data range, and every chart shows blanks as gaps', () => {
  const charts = Object.keys(parts).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
  // 25 on the Performance Report (23 indicators and the #21, #23 breakdowns), 4 on the District Summary, 5 on each of the 6 profiles.
  expect(charts.length).toBe(59);
  for (const name of charts) {
    const formulas = [...parts[name].matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1].replace(/&apos;/g, "'"));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^'Chart Data'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
    expect(parts[name]).toContain('<c:dispBlanksAs val="gap"/>');
  }
});

test('no cell of any chart range holds a count from 1 to T−1', () => {
  const chartData = report.getWorksheet('Chart Data')!;
  const checked = new Set<string>();
  for (const name of Object.keys(parts).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
    for (const m of parts[name].matchAll(/<c:val>\s*<c:numRef>\s*<c:f>([^<]+)<\/c:f>/g)) {
      for (const key of cellsOf(m[1].replace(/&apos;/g, "'"))) checked.add(key);
    }
  }
  let counts = 0;
  for (const key of checked) {
    const [, row, col] = key.split('|');
    const cell = chartData.getCell(Number(row), Number(col));
    if (cell.numFmt !== '#,##0' || typeof cell.value !== 'number') continue;
    counts++;
    expect(cell.value === 0 || cell.value >= THRESHOLD).toBe(true);
  }
  expect(counts).toBeGreaterThan(150);
  // Suppression did bite in this sample, so the check above is not vacuous.
  const suppressedCounts = results.indicators.flatMap((i) => i.series.filter((s) => s.unit === 'count').flatMap((s) => s.values.filter((v, k) => s.suppressed[k] && v !== null && v > 0)));
  expect(suppressedCounts.length).toBeGreaterThan(0);
});

test('no child ID, date of birth or postcode of the input appears anywhere in the report', () => {
  const ids = new Set<string>();
  const postcodes = new Set<string>();
  const dobs = new Set<number>();
  input.eachSheet((ws) => {
    const headings = (ws.getRow(2).values as unknown[]).map((v) => String(v ?? '').toLowerCase());
    ws.eachRow((row, r) => {
      if (r <= 2) return;
      row.eachCell((cell, c) => {
        const heading = headings[c] ?? '';
        const v = cell.value;
        if (heading === 'child unique id') ids.add(String(v));
        if (heading.includes('postcode') && v) postcodes.add(String(v));
        if (heading === 'date of birth' && typeof v === 'number') dobs.add(v);
        if (heading === 'date of birth' && v instanceof Date) dobs.add(Math.round(v.getTime() / 86_400_000) + 25_569);
      });
    });
  });
  expect(ids.size).toBeGreaterThan(10_000);
  expect(postcodes.size).toBeGreaterThan(1_000);
  expect(dobs.size).toBeGreaterThan(1_000);
  const texts: string[] = [];
  const numbers: number[] = [];
  report.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'number') numbers.push(cell.value);
        else if (cell.value !== null && cell.value !== undefined) texts.push(String(cell.value));
      }),
    ),
  );
  for (const t of texts) {
    expect(ids.has(t.trim())).toBe(false);
    expect(postcodes.has(t.trim())).toBe(false);
  }
  for (const n of numbers) {
    expect(ids.has(String(n))).toBe(false);
    expect(dobs.has(n)).toBe(false);
  }
  const everything = Object.values(parts).join('\n');
  for (const pc of [...postcodes].slice(0, 500)) expect(everything.includes(`>${pc}<`)).toBe(false);
});

test('the JSON and the workbook agree: #9 at the snapshot date', () => {
  const cla = results.indicators.find((i) => i.id === 9)!;
  const atS = cla.series[0].values[cla.series[0].values.length - 1];
  const byDistrict = results.districts.blocks.find((b) => b.id === 'cla-by-placement-district')!;
  const sum = byDistrict.series[1].values.reduce<number>((a, v) => a + (v ?? 0), 0);
  expect(sum).toBe(atS);
});

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../../src/engine/results';
import { ROOT, compileCli, runCli } from './compiled-cli';

const DATA = join(ROOT, 'data', 'public');
jest.setTimeout(120_000);

beforeAll(() => compileCli());

function build(input: string, extra: string[] = []) {
  const cwd = mkdtempSync(join(tmpdir(), 'csc-e2e-'));
  const run = runCli(['build', join(DATA, input), '--json', 'results.json', ...extra], cwd);
  const jsonPath = join(cwd, 'results.json');
  const results = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Results) : null;
  return { ...run, cwd, results };
}

describe('csc-report build on the LIIA 2024 sample', () => {
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    run = build('liia-annex-a-2024-sample.xlsx', ['--year', '2020/21', '--quarter', '4']);
  });

  it('completes with exit 0 and, asked for --json alone, writes the JSON and no workbook', () => {
    expect(run.code).toBe(0);
    expect(readdirSync(run.cwd)).toEqual(['results.json']);
    expect(existsSync(join(DATA, 'liia-annex-a-2024-sample-report.xlsx'))).toBe(false);
    expect(run.stderr).not.toContain('Writing the workbook');
  });

  it('reports the period asked for', () => {
    expect(run.results?.period).toEqual({ financialYear: '2020/21', quarter: 4, start: '2020-04-01', end: '2021-03-31', previousQuarterEnd: '2020-12-31' });
  });

  it("warns about each '#N/A' in List 6 Allocated Team, located", () => {
    const na = run.results?.problems.items.filter((p) => p.list === 6 && p.column === 'Allocated Team');
    expect(na?.map((p) => [p.row, p.columnIndex, p.value, p.message, p.severity])).toEqual(
      [2, 3, 4, 5, 6].map((row) => [row, 12, '#N/A', 'Allocated Team holds the Excel error #N/A: read as blank', 'warning']),
    );
  });

  it('prints a summary with every list and its rows read', () => {
    expect(run.stdout).toContain('Period:     2020/21 Q4 (01/04/2020 to 31/03/2021)');
    expect(run.stdout).toContain('  List 8 Children in care   sheet "List 8": 5 rows read, 0 excluded');
    expect(run.stdout).toContain('Settings:   defaults, flags: --year --quarter');
  });

  it('never writes a child ID, date of birth or postcode into the JSON', () => {
    const json = readFileSync(join(run.cwd, 'results.json'), 'utf8');
    for (const childLevel of ['1761444', '1373595', '2002-02-13', 'T28 2WB', 'C25 1YT']) expect(json).not.toContain(childLevel);
  });

  it("reports List 8's placement postcode 'nope' at row 3 with the value withheld", () => {
    const bad = run.results?.problems.items.filter((p) => p.list === 8 && p.column === 'Placement postcode');
    expect(bad?.map((p) => [p.row, p.value, p.message, p.severity])).toEqual([
      [3, null, 'Placement postcode is not a valid UK postcode; the district falls back to the allocated team or Unknown', 'warning'],
    ]);
    expect(readFileSync(join(run.cwd, 'results.json'), 'utf8')).not.toContain('nope');
  });
});

describe('csc-report build on the blank 2019 template', () => {
  let run: ReturnType<typeof build>;
  beforeAll(() => {
    run = build('annex-a-template-2019.xlsx', ['--year', '2021/22', '--quarter', '2']);
  });

  it('completes with exit 0', () => {
    expect(run.code).toBe(0);
  });

  it('warns, at row 2 of each list, that it has headings but no data rows', () => {
    // The list's own wording in brackets is the engine's; the location and the point are fixed here.
    const located = run.results?.problems.items.map((p) => [p.list, p.sheet, p.row, p.severity, /has headings but no data rows/.test(p.message)]);
    expect(located).toEqual(
      [1, 3, 4, 6, 7, 8, 9].map((list) => [list, `List_${list}`, 2, 'warning', true]),
    );
    expect(run.results?.problems.count).toBe(7);
  });

  it('summarises each list as read with 0 rows', () => {
    expect(run.stdout).toContain('  List 1 Contacts           sheet "List_1": 0 rows read, 0 excluded');
  });
});

describe('csc-report build errors (compiled)', () => {
  it('exits 1 when the --settings workbook has no settings sheet', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'csc-e2e-'));
    const run = runCli(['build', join(ROOT, 'data', 'public', 'annex-a-template-2019.xlsx'), '--settings', join(DATA, 'liia-annex-a-2024-sample.xlsx')], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no "Report Settings" or "Postcode Lookup" sheet');
  });
});

describe('csc-report build: where the workbook goes', () => {
  // A CSV folder DIR inside a parent folder, and a separate folder to run the command from.
  function csvFolder(): { parent: string; dir: string; elsewhere: string } {
    const parent = mkdtempSync(join(tmpdir(), 'csc-out-'));
    const dir = join(parent, 'q2-extract');
    mkdirSync(dir);
    copyFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'List_1.csv'), join(dir, 'List_1.csv'));
    return { parent, dir, elsewhere: mkdtempSync(join(tmpdir(), 'csc-cwd-')) };
  }

  it('with --json alone, writes nothing but r.json where it runs and nothing beside the input', () => {
    const { parent, dir, elsewhere } = csvFolder();
    const run = runCli(['build', dir, '--json', 'r.json', '--year', '2021/22', '--quarter', '2'], elsewhere);
    expect(run.code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual(['r.json']);
    expect(readdirSync(parent)).toEqual(['q2-extract']);
    expect(readdirSync(dir)).toEqual(['List_1.csv']);
    expect(run.stdout).toContain(`Written:    ${join(elsewhere, 'r.json')}`);
  });

  it('without --out or --json, writes DIR-report.xlsx beside DIR and says so', () => {
    const { parent, dir, elsewhere } = csvFolder();
    const run = runCli(['build', dir, '--year', '2021/22', '--quarter', '2'], elsewhere);
    expect(run.code).toBe(0);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(readdirSync(parent).sort()).toEqual(['q2-extract', 'q2-extract-report.xlsx']);
    // An .xlsx is a zip archive: it starts with the local-file-header signature PK\x03\x04.
    expect([...readFileSync(join(parent, 'q2-extract-report.xlsx')).subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
    expect(run.stdout).toContain(`Written:    ${join(parent, 'q2-extract-report.xlsx')}`);
  });

  it('a relative folder given with a trailing slash still goes beside it', () => {
    const { parent } = csvFolder();
    const run = runCli(['build', 'q2-extract/', '--year', '2021/22', '--quarter', '2'], parent);
    expect(run.code).toBe(0);
    expect(readdirSync(parent).sort()).toEqual(['q2-extract', 'q2-extract-report.xlsx']);
  });

  it('--out puts it where it says, relative to where the command runs', () => {
    const { parent, dir, elsewhere } = csvFolder();
    const run = runCli(['build', dir, '--out', 'out/my.xlsx', '--json', 'r.json', '--year', '2021/22', '--quarter', '2'], elsewhere);
    expect(run.code).toBe(0);
    expect(readdirSync(elsewhere).sort()).toEqual(['out', 'r.json']);
    expect(readdirSync(join(elsewhere, 'out'))).toEqual(['my.xlsx']);
    expect(readdirSync(parent)).toEqual(['q2-extract']);
    expect(run.stdout).toContain(`Written:    ${join(elsewhere, 'r.json')}\n            ${join(elsewhere, 'out', 'my.xlsx')}`);
  });
});

/**
 * What a command loads decides how fast it starts (docs/performance.md "Whole process"): exceljs
 * is some 600 modules, the report layout and the .xlsx writer are only needed for a workbook.
 * The compiled command line runs with a preload that records, at exit, every CommonJS module it
 * loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, compileCli } from './compiled-cli';

jest.setTimeout(120_000);
beforeAll(() => compileCli());

const FIXTURES = join(ROOT, 'test', 'cli', 'fixtures');

/**
 * Runs the compiled CLI; returns the loaded modules from `dist-cli/…` or the last `node_modules/…`
 * on (node_modules may be a link elsewhere: the module cache holds real paths).
 */
function modulesLoaded(args: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'csc-modules-'));
  const preload = join(dir, 'record.js');
  const record = join(dir, 'modules.json');
  writeFileSync(preload, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(Object.keys(require.cache))));`);
  const run = spawnSync(process.execPath, ['--require', preload, join(ROOT, 'bin', 'csc-report.js'), ...args], { cwd: dir, encoding: 'utf8' });
  expect(run.status).toBe(0);
  return (JSON.parse(readFileSync(record, 'utf8')) as string[]).map((path) => {
    const posix = path.split('\\').join('/');
    const at = Math.max(posix.lastIndexOf('/node_modules/'), posix.lastIndexOf('/dist-cli/'));
    return at >= 0 ? posix.slice(at + 1) : posix;
  });
}

const under = (modules: string[], prefix: string) => modules.filter((m) => m.startsWith(prefix));

describe('modules each command loads', () => {
  it('build --json loads the engine and the readers, not the report layout, the writer or exceljs', () => {
    const modules = modulesLoaded(['build', FIXTURES, '--json', 'r.json', '--year', '2021/22', '--quarter', '2']);
    expect(under(modules, 'dist-cli/engine/').length).toBeGreaterThan(20);
    expect(modules).toContain('dist-cli/io/read-csv-folder.js');
    expect(under(modules, 'dist-cli/report/')).toEqual([]);
    expect(under(modules, 'dist-cli/render/')).toEqual([]);
    expect(under(modules, 'node_modules/exceljs/')).toEqual([]);
    expect(modules).not.toContain('dist-cli/cli/sample-command.js');
  });

  it('build with a workbook loads the report layout and the .xlsx writer, still not exceljs', () => {
    const modules = modulesLoaded(['build', FIXTURES, '--out', 'report.xlsx', '--year', '2021/22', '--quarter', '2']);
    expect(modules).toContain('dist-cli/report/build-model.js');
    expect(modules).toContain('dist-cli/render/xlsx/write-xlsx.js');
    expect(under(modules, 'node_modules/exceljs/')).toEqual([]);
  });

  it('sample loads exceljs (it writes the sample with it)', () => {
    const modules = modulesLoaded(['sample', '--scale', '0.01', '--out', 's.xlsx']);
    expect(under(modules, 'node_modules/exceljs/').length).toBeGreaterThan(0);
  });
});

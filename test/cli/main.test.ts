import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { fakeIo } from './fake-io';

const cwd = mkdtempSync(join(tmpdir(), 'csc-cli-'));

async function run(...argv: string[]) {
  const io = fakeIo(cwd);
  const code = await main(argv, io);
  return { code, out: io.out.join('\n'), err: io.err.join('\n') };
}

describe('csc-report arguments', () => {
  it.each([
    [[], 'csc-report: no command given'],
    [['publish'], 'csc-report: unknown command "publish"'],
    [['build'], 'csc-report: build needs an input workbook or folder'],
    [['build', 'a.xlsx', 'b.xlsx'], 'csc-report: build takes one input, got 2'],
    [['build', 'a.xlsx', '--year', '2021'], 'csc-report: --year expects a financial year such as 2021/22, got "2021"'],
    [['build', 'a.xlsx', '--year', '2021/23'], 'csc-report: --year expects a financial year such as 2021/22, got "2021/23"'],
    [['build', 'a.xlsx', '--quarter', '5'], 'csc-report: --quarter expects 1, 2, 3 or 4, got "5"'],
    [['build', 'a.xlsx', '--threshold=-1'], 'csc-report: --threshold expects a whole number 0 or more, got "-1"'],
    [['sample', '--scale', '0'], 'csc-report: --scale expects a number greater than 0, got "0"'],
    [['sample', 'extra'], 'csc-report: sample takes no input, got "extra"'],
  ])('%j exits 2 with the message and the usage', async (argv, message) => {
    const { code, err, out } = await run(...argv);
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe(message);
    expect(err).toContain('Usage:\n  csc-report build <input.xlsx | folder-of-csv>');
    expect(out).toBe('');
  });

  it('rejects an unknown flag with exit code 2', async () => {
    const { code, err } = await run('build', 'a.xlsx', '--colour', 'red');
    expect(code).toBe(2);
    expect(err).toMatch(/^csc-report: Unknown option '--colour'/);
  });

  it('prints the usage for help and exits 0', async () => {
    const { code, out } = await run('help');
    expect(code).toBe(0);
    expect(out.startsWith('Usage:')).toBe(true);
  });
});

describe('csc-report build errors', () => {
  it('exits 1 with the message and no stack for a missing input', async () => {
    const { code, err } = await run('build', 'no-such.xlsx');
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([`… Reading no-such.xlsx`, `csc-report: input not found: ${join(cwd, 'no-such.xlsx')}`]);
  });

  it('adds the stack with --debug', async () => {
    const { code, err } = await run('build', 'no-such.xlsx', '--debug');
    expect(code).toBe(1);
    expect(err).toContain('Error: input not found');
    expect(err).toMatch(/\n\s+at /);
  });
});

/**
 * Runs the compiled command line (dist-cli, built by `tsc -p tsconfig.cli.json`) in a child
 * process: the .xlsx renderer loads an ESM-only package that jest's module system cannot.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'csc-report.js');

/** Compiles src → dist-cli. tsc still emits when files it does not need have type errors. */
export function compileCli(): void {
  // Jest's globalSetup (test/global-setup.js) has compiled it once for the whole run.
  if (process.env.CSC_CLI_COMPILED === '1' && existsSync(join(ROOT, 'dist-cli', 'cli', 'main.js'))) return;
  spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, encoding: 'utf8' });
  if (!existsSync(join(ROOT, 'dist-cli', 'cli', 'main.js'))) throw new Error('dist-cli/cli/main.js was not built');
}

export function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

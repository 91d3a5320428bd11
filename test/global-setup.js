/**
 * Jest global setup: compile the command line (src → dist-cli) once per run, before any worker
 * starts, so tests that run the compiled CLI in a child process never race each other's tsc.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  const root = join(__dirname, '..');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.cli.json')], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`tsc -p tsconfig.cli.json failed:\n${run.stdout}${run.stderr}`);
  process.env.CSC_CLI_COMPILED = '1';
};

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportModel } from '../../../src/report/model';

/**
 * Renders a model to a temp .xlsx in a child Node process (see run-renderer.cjs for why) and
 * returns the file's path and bytes.
 */
export function renderInChildProcess(model: ReportModel): { path: string; bytes: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'csc-xlsx-'));
  const modelPath = join(dir, 'model.json');
  const outPath = join(dir, 'report.xlsx');
  writeFileSync(modelPath, JSON.stringify(model));
  execFileSync(process.execPath, [join(__dirname, 'run-renderer.cjs'), modelPath, outPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  return { path: outPath, bytes: readFileSync(outPath) };
}

/**
 * `csc-report sample`: a synthetic Annex A workbook (src/sample/generate.ts) written as .xlsx.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { headingRowIndex, writeSheetsXlsx } from '../io/write-sheets-xlsx';
import type { SampleArgs } from './args';
import type { CliIo } from './console-io';
import { loadGenerateSample } from './engine-modules';

export const DEFAULT_SAMPLE_NAME = 'sample-extracts.xlsx';

/** @public main.ts loads this module lazily (require), which the unused-code check cannot follow. */
export async function runSample(args: SampleArgs, io: CliIo): Promise<void> {
  const outPath = resolve(io.cwd, args.out ?? DEFAULT_SAMPLE_NAME);
  io.stderr(`… Generating the sample (scale ${args.scale}${args.messy ? ', messy' : ''})`);
  const sheets = loadGenerateSample()({ scale: args.scale, messy: args.messy, ...(args.seed !== null ? { seed: args.seed } : {}) });
  io.stderr('… Writing the workbook');
  await mkdir(dirname(outPath), { recursive: true });
  await writeSheetsXlsx(sheets, outPath);
  const rows = sheets.map((s) => `  ${s.name}: ${Math.max(0, s.values.length - 1 - headingRowIndex(s.values))} rows below the headings`);
  io.stdout([`Sample written: ${outPath}`, ...rows].join('\n'));
}

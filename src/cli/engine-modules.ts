/**
 * The modules the command line drives (signatures: docs/architecture.md "Key interfaces").
 * The engine is imported directly. The report layout and the .xlsx writer are loaded only when a
 * workbook is written (`build --json` alone never needs them; docs/performance.md "Whole
 * process"). The sample generator is loaded on first use: `build` must not depend on it, and
 * while it is missing from a checkout `sample` fails with a clear message instead of a stack.
 */
import { setFlagsFromString } from 'node:v8';
import type { SourceSheet } from '../engine/types';
import type { buildReportModel } from '../report/build-model';
import type { renderXlsx } from '../render/xlsx/write-xlsx';

export { buildResultsFromParsed, type BuildOutput } from '../engine/build';
export { WorkbookParser } from '../engine/parse';

export interface ReportWriter {
  buildReportModel: typeof buildReportModel;
  renderXlsx: typeof renderXlsx;
}

/**
 * The report layout and the .xlsx renderer, required on first use.
 *
 * The writer is 1.3 MB of WebAssembly. V8 compiles it with its baseline compiler (Liftoff) and
 * then recompiles the busiest functions with its optimising one (TurboFan) on background
 * threads; the command line is done long before that finishes, and Node waits for those threads
 * at exit: 0.2–0.4 s of doing nothing after the workbook was written, at every scale (CPU
 * profile, docs/performance.md "Whole process"). Liftoff alone writes the workbook as fast (the
 * writer runs a few hundred milliseconds, too short for the optimised code to pay back), so the
 * command line asks for it before the module is compiled. The add-in does not use this writer.
 */
export function loadReportWriter(): ReportWriter {
  setFlagsFromString('--liftoff-only');
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded on use, to keep `build --json` and `sample` from loading them */
  const model = require('../report/build-model') as typeof import('../report/build-model');
  const xlsx = require('../render/xlsx/write-xlsx') as typeof import('../render/xlsx/write-xlsx');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return { buildReportModel: model.buildReportModel, renderXlsx: xlsx.renderXlsx };
}

export type GenerateSampleFn = (options: { scale: number; messy: boolean; seed?: number; financialYear?: number }) => SourceSheet[];

const SAMPLE_MODULE = '../sample/generate';

export function loadGenerateSample(): GenerateSampleFn {
  let loaded: Record<string, unknown>;
  try {
    // A computed path, so that type-checking and bundling do not require the module to exist.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(SAMPLE_MODULE) as Record<string, unknown>;
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND') throw new Error(`the sample generator is not available in this build (${SAMPLE_MODULE} is missing)`);
    throw error;
  }
  if (typeof loaded.generateSample !== 'function') throw new Error(`the sample generator is not available in this build (${SAMPLE_MODULE} has no generateSample)`);
  return loaded.generateSample as GenerateSampleFn;
}

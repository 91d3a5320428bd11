/**
 * The modules the command line drives (signatures: docs/architecture.md "Key interfaces").
 * The engine, the report layout and the .xlsx writer are imported directly. The sample generator
 * is loaded on first use: `build` must not depend on it, and while it is missing from a checkout
 * `sample` fails with a clear message instead of a stack.
 */
import type { SourceSheet } from '../engine/types';

export { buildResults, type BuildOutput } from '../engine/build';
export { buildReportModel } from '../report/build-model';
export { renderXlsx } from '../render/xlsx/write-xlsx';

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

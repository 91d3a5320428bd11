/**
 * The engine, report, renderer and sample modules the command line drives. They are loaded on
 * first use so that a build that does not need one (e.g. `sample` without the renderer) works,
 * and so that a module missing from this checkout fails with a clear message instead of a stack.
 * Signatures: docs/architecture.md "Key interfaces".
 */
import type { ParsedLists } from '../engine/lists';
import type { ReportPeriod } from '../engine/period';
import type { Results } from '../engine/results';
import type { Settings } from '../engine/settings/types';
import type { Day, ProgressFn, SourceSheet } from '../engine/types';
import type { ReportModel } from '../report/model';

export interface BuildOutput {
  results: Results;
  parsed: ParsedLists;
  period: ReportPeriod;
  settings: Settings;
}

export type BuildResultsFn = (sheets: SourceSheet[], settings: Settings, options: { today: Day; version: string; onProgress?: ProgressFn }) => BuildOutput;
export type ParseWorkbookFn = (sheets: SourceSheet[]) => ParsedLists;
export type BuildReportModelFn = (output: BuildOutput, options: { builtAt: Date }) => ReportModel;
export type RenderXlsxFn = (model: ReportModel) => Promise<Uint8Array>;
export type GenerateSampleFn = (options: { scale: number; messy: boolean; seed?: number; financialYear?: number }) => SourceSheet[];

function loadExport<T>(modulePath: string, name: string, what: string): T {
  let loaded: Record<string, unknown>;
  try {
    // A computed path: the module may not exist yet in this checkout (see the file comment).
    loaded = require(modulePath) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'MODULE_NOT_FOUND') throw new Error(`${what} is not available in this build (${modulePath} is missing)`);
    throw error;
  }
  const fn = loaded[name];
  if (typeof fn !== 'function') throw new Error(`${what} is not available in this build (${modulePath} has no ${name})`);
  return fn as T;
}

export const loadBuildResults = (): BuildResultsFn => loadExport(paths.build, 'buildResults', 'The report engine');
export const loadParseWorkbook = (): ParseWorkbookFn => loadExport(paths.parse, 'parseWorkbook', 'The list parser');
export const loadBuildReportModel = (): BuildReportModelFn => loadExport(paths.reportModel, 'buildReportModel', 'The report layout');
export const loadRenderXlsx = (): RenderXlsxFn => loadExport(paths.renderXlsx, 'renderXlsx', 'The .xlsx writer');
export const loadGenerateSample = (): GenerateSampleFn => loadExport(paths.sample, 'generateSample', 'The sample generator');

const paths = {
  build: '../engine/build',
  parse: '../engine/parse',
  reportModel: '../report/build-model',
  renderXlsx: '../render/xlsx/write-xlsx',
  sample: '../sample/generate',
};

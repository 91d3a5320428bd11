/**
 * ReportModel → the open workbook (Office.js). Translates the model only; decides the mechanics:
 * build into new temporary sheets, then swap them in, so a failure leaves the workbook as it was;
 * stop before writing anything when a generated name belongs to the analyst's own sheet; write in a
 * bounded number of syncs (2 to inspect, 1+ for sheets/cells/charts by byte budget, 1 to swap);
 * suspend screen updating and calculation while writing.
 */
import type { ProgressFn } from '../../engine/types';
import type { ModelSheet, ReportModel } from '../../report/model';
import { chartWork } from './chart-work';
import { detectFeatures, type HostFeatures } from './features';
import { addMarker } from './marker';
import { inspectWorkbook, planRebuild, type RebuildPlan } from './plan';
import { sheetWork } from './sheet-work';
import { queueSwap, restoreWorkbook } from './swap';
import { REQUEST_BUDGET_BYTES, runInBatches, workItem, type WorkItem } from './work-items';

export interface WriteReportOptions {
  /** Host capabilities; detected from Office.context.requirements when omitted. */
  features?: HostFeatures;
  /** Where skipped features and cleanup failures are reported (default console.info). */
  log?: (line: string) => void;
  /** Request budget per sync in bytes (default 1.5 MB; tests lower it to force splitting). */
  budgetBytes?: number;
}

export async function writeReport(
  context: Excel.RequestContext,
  model: ReportModel,
  onProgress?: ProgressFn,
  options: WriteReportOptions = {},
): Promise<void> {
  const progress: ProgressFn = onProgress ?? (() => undefined);
  const log = options.log ?? ((line: string) => console.info(line));
  const features = options.features ?? detectFeatures();
  const budget = options.budgetBytes ?? REQUEST_BUDGET_BYTES;

  progress('Checking the workbook', 0);
  const plan = planRebuild(await inspectWorkbook(context), model); // throws before anything is written
  if (!features.pageLayout) log('Print setup skipped: this version of Excel does not offer ExcelApi 1.9 (page layout).');

  try {
    const items = buildWorkItems(context, model, plan, features, budget);
    await runInBatches(context, items, () => beginBatch(context, features), budget, (done, total) =>
      progress('Writing the report', 0.1 + (0.75 * done) / total),
    );
    progress('Replacing the previous report', 0.9);
    queueSwap(context, plan, model);
    await context.sync();
  } catch (error) {
    await undoAfterFailure(context, plan, model, log);
    throw error;
  }
  progress('Report written', 1);
}

async function undoAfterFailure(context: Excel.RequestContext, plan: RebuildPlan, model: ReportModel, log: (line: string) => void): Promise<void> {
  try {
    await restoreWorkbook(context, plan, model);
  } catch (cleanupError) {
    log(`Could not remove the partly built sheets: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}`);
  }
}

/** Suspends screen updating (1.9) and API recalculation for the batch being queued. */
function beginBatch(context: Excel.RequestContext, features: HostFeatures): void {
  const application = context.workbook.application;
  if (features.suspendScreenUpdating) application.suspendScreenUpdatingUntilNextSync();
  application.suspendApiCalculationUntilNextSync();
}

function buildWorkItems(context: Excel.RequestContext, model: ReportModel, plan: RebuildPlan, features: HostFeatures, budget: number): WorkItem[] {
  const tempName = new Map(model.sheets.map((s, i) => [s.name, plan.newNames[i]]));
  const lookup = (modelSheetName: string): Excel.Worksheet => {
    const name = tempName.get(modelSheetName);
    if (name === undefined) throw new Error(`The report model refers to a sheet it does not contain: "${modelSheetName}"`);
    return context.workbook.worksheets.getItem(name);
  };
  const createSheets = workItem(model.sheets.length * 5 + 1, 0, () => {
    context.workbook.application.calculationMode = 'Manual';
    model.sheets.forEach((sheet, i) => createSheet(context, sheet, plan.newNames[i]));
  });
  const cells = model.sheets.flatMap((sheet) => sheetWork(() => lookup(sheet.name), sheet, budget, features.pageLayout && sheet.kind !== 'chart-data'));
  const charts = model.sheets.flatMap((sheet) => sheet.charts.map((spec) => chartWork(spec, lookup)));
  return [createSheets, ...cells, ...charts];
}

function createSheet(context: Excel.RequestContext, model: ModelSheet, tempName: string): void {
  const sheet = context.workbook.worksheets.add(tempName);
  addMarker(sheet);
  if (model.tabColor) sheet.tabColor = model.tabColor;
  if (model.hidden) sheet.visibility = 'Hidden';
}

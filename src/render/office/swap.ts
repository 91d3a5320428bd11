/**
 * The end of a build, and its undo. The swap (one sync) renames the old generated sheets out of
 * the way, gives the new sheets their names, deletes the old ones, orders the new ones and
 * restores calculation. On any failure `restoreWorkbook` deletes what the build added and renames
 * the old sheets back, so the workbook is as it was.
 */
import type { ReportModel } from '../../report/model';
import type { RebuildPlan } from './plan';

export function queueSwap(context: Excel.RequestContext, plan: RebuildPlan, model: ReportModel): void {
  const worksheets = context.workbook.worksheets;
  // Renames first, deletions last: a failure part-way leaves every old sheet in place to restore.
  for (const old of plan.replaced) worksheets.getItem(old.id).name = plan.backupNames.get(old.id) ?? old.name;
  const fresh = plan.newNames.map((temp) => worksheets.getItem(temp));
  fresh.forEach((sheet, i) => {
    sheet.name = model.sheets[i].name;
  });
  for (const old of [...plan.replaced, ...plan.stale]) worksheets.getItem(old.id).delete();
  fresh.forEach((sheet, i) => {
    sheet.position = plan.insertAt + i;
  });
  const firstVisible = model.sheets.findIndex((s) => !s.hidden);
  if (firstVisible >= 0) fresh[firstVisible].activate();
  context.workbook.application.calculationMode = plan.calculationMode;
}

/** Undo after a failure: two syncs (read the sheets, then delete/rename/restore). */
export async function restoreWorkbook(context: Excel.RequestContext, plan: RebuildPlan, model: ReportModel): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name');
  await context.sync();
  const originalName = new Map(plan.existing.map((s) => [s.id, s.name]));
  const ours = new Set([...plan.newNames, ...model.generatedSheetNames].map((n) => n.toLowerCase()));
  const added = worksheets.items.filter((s) => !originalName.has(s.id) && ours.has(s.name.toLowerCase()));
  for (const sheet of added) sheet.delete();
  for (const sheet of worksheets.items) {
    const name = originalName.get(sheet.id);
    if (name !== undefined && name !== sheet.name) sheet.name = name;
  }
  worksheets.getItem(plan.activeSheetId).activate();
  context.workbook.application.calculationMode = plan.calculationMode;
  await context.sync();
}

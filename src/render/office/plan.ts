/**
 * Looks at the open workbook before anything is written (two syncs: the sheets, then each sheet's
 * marker) and decides the rebuild: which sheets are replaced (generated name + marker), which
 * names clash with the analyst's own sheets (stop before writing), the temporary names to build
 * into, and where the new sheets go.
 */
import type { ReportModel } from '../../report/model';
import { queueMarkerLookup } from './marker';

/** Prefix of the temporary sheets a build writes into (and of leftovers of an interrupted build). */
export const TEMP_PREFIX = '~CSC ';

export interface ExistingSheet {
  id: string;
  name: string;
  marked: boolean;
}

export interface RebuildPlan {
  existing: ExistingSheet[];
  /** Generated sheets of an earlier build that this build replaces. */
  replaced: ExistingSheet[];
  /** Marked leftovers of an interrupted build (temporary names): deleted by the swap. */
  stale: ExistingSheet[];
  /** Temporary name of each model sheet, in model order. */
  newNames: string[];
  /** Temporary name each replaced sheet takes during the swap (by sheet id). */
  backupNames: Map<string, string>;
  /** Tab index of the first new sheet once the old ones are gone. */
  insertAt: number;
  calculationMode: Excel.CalculationMode | 'Automatic' | 'AutomaticExceptTables' | 'Manual';
  activeSheetId: string;
}

export class GeneratedNameConflictError extends Error {
  constructor(readonly sheetNames: string[]) {
    const list = sheetNames.map((n) => `"${n}"`).join(', ');
    super(
      `The workbook already has ${sheetNames.length === 1 ? 'a sheet' : 'sheets'} named ${list} that this add-in did not create, ` +
        'so the report was not built and nothing was changed. Rename or move ' +
        `${sheetNames.length === 1 ? 'that sheet' : 'those sheets'}, then build again.`,
    );
    this.name = 'GeneratedNameConflictError';
  }
}

export interface WorkbookSnapshot {
  existing: ExistingSheet[];
  calculationMode: RebuildPlan['calculationMode'];
  activeSheetId: string;
}

/** Two syncs: sheet names/ids, calculation mode and the active sheet; then every sheet's marker. */
export async function inspectWorkbook(context: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/id,items/name');
  const application = context.workbook.application;
  application.load('calculationMode');
  const active = worksheets.getActiveWorksheet();
  active.load('id');
  await context.sync();
  const markers = worksheets.items.map((sheet) => queueMarkerLookup(sheet));
  await context.sync();
  const existing = worksheets.items.map((sheet, i) => ({ id: sheet.id, name: sheet.name, marked: !markers[i].isNullObject }));
  return { existing, calculationMode: application.calculationMode, activeSheetId: active.id };
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Pure: the plan from what is in the workbook. Throws GeneratedNameConflictError on a clash. */
export function planRebuild(snapshot: WorkbookSnapshot, model: ReportModel): RebuildPlan {
  const { existing, calculationMode, activeSheetId } = snapshot;
  const generated = new Set(model.generatedSheetNames.map((n) => n.toLowerCase()));
  const conflicts = existing.filter((s) => generated.has(s.name.toLowerCase()) && !s.marked).map((s) => s.name);
  if (conflicts.length > 0) throw new GeneratedNameConflictError(conflicts);
  const replaced = existing.filter((s) => s.marked && generated.has(s.name.toLowerCase()));
  const stale = existing.filter((s) => s.marked && s.name.startsWith(TEMP_PREFIX));
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  const newNames = model.sheets.map((_, i) => uniqueName(`${TEMP_PREFIX}new ${i + 1}`, taken));
  const backupNames = new Map(replaced.map((s, i) => [s.id, uniqueName(`${TEMP_PREFIX}old ${i + 1}`, taken)]));
  const leaving = new Set([...replaced, ...stale].map((s) => s.id));
  const firstReplaced = existing.findIndex((s) => replaced.includes(s));
  const before = firstReplaced < 0 ? existing : existing.slice(0, firstReplaced);
  const insertAt = before.filter((s) => !leaving.has(s.id)).length;
  return { existing: [...existing], replaced, stale, newNames, backupNames, insertAt, calculationMode, activeSheetId };
}

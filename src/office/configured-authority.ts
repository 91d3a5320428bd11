/**
 * The authority named in the workbook's `Report Settings` sheet, for the task pane's form, so an
 * authority that has made the product its own sees its name rather than the product default.
 * Read with the same reader the build uses (engine/settings/sheet.ts), so the two never disagree.
 */
import { defaultSettings } from '../engine/settings/defaults';
import { readSettingsSheet, SETTINGS_SHEET_NAME } from '../engine/settings/sheet';
import type { CellValue } from '../engine/types';

/** The configured authority, or null when there is no Report Settings sheet (or it names none). */
export async function readConfiguredAuthority(): Promise<string | null> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(SETTINGS_SHEET_NAME);
    sheet.load('name');
    await context.sync();
    if (sheet.isNullObject) return null;
    // A1-anchored so the reader sees rows where the sheet has them (the used range may start lower).
    const used = sheet.getUsedRange(true);
    used.load(['rowIndex', 'columnIndex', 'values']);
    await context.sync();
    const values: CellValue[][] = [
      ...Array.from({ length: used.rowIndex }, () => [] as CellValue[]),
      ...(used.values as CellValue[][]).map((row) => [...new Array<CellValue>(used.columnIndex).fill(null), ...row]),
    ];
    const name = readSettingsSheet(values, defaultSettings()).settings.authority.trim();
    return name === '' ? null : name;
  });
}

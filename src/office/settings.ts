/**
 * "Open settings": create `Report Settings` and `Postcode Lookup` from the defaults when absent
 * (inputs.md: created once, then left to the analyst — never overwritten), then show the settings.
 * Another authority edits these two sheets to make the product its own.
 */
import { defaultSettings } from '../engine/settings/defaults';
import { POSTCODE_SHEET_NAME, postcodeLookupToSheetValues } from '../engine/settings/postcode-sheet';
import { SETTINGS_SHEET_NAME, settingsToSheetValues } from '../engine/settings/sheet';
import type { Settings } from '../engine/settings/types';
import type { CellValue } from '../engine/types';
import { existingSheetNames } from './sheet-names';
import { writeValuesInChunks } from './write-values';

interface SettingsSheet {
  name: string;
  values: (settings: Settings) => CellValue[][];
  /** Worksheet row (0-based) of the headings, for the chunked writer's text formats. */
  headingRow: number;
  /** Width of column A in points. */
  firstColumnWidth: number;
}

const SHEETS: SettingsSheet[] = [
  { name: SETTINGS_SHEET_NAME, values: settingsToSheetValues, headingRow: 3, firstColumnWidth: 220 },
  { name: POSTCODE_SHEET_NAME, values: postcodeLookupToSheetValues, headingRow: 0, firstColumnWidth: 90 },
];

export async function openSettings(): Promise<{ created: boolean; createdSheets: string[] }> {
  return Excel.run(async (context) => {
    const existing = await existingSheetNames(context);
    const missing = SHEETS.filter((s) => !existing.has(s.name.toLowerCase()));
    const defaults = missing.length > 0 ? defaultSettings() : null;
    for (const spec of missing) {
      const sheet = context.workbook.worksheets.add(spec.name);
      await writeValuesInChunks(context, sheet, spec.values(defaults!), spec.headingRow);
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = spec.firstColumnWidth;
    }
    context.workbook.worksheets.getItem(SETTINGS_SHEET_NAME).activate();
    await context.sync();
    const createdSheets = missing.map((s) => s.name);
    return { created: createdSheets.includes(SETTINGS_SHEET_NAME), createdSheets };
  });
}

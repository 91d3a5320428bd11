/** "Open settings": create `Report Settings` from the defaults when absent (never overwrite), then show it. */
import { defaultSettings } from '../engine/settings/defaults';
import { SETTINGS_SHEET_NAME, settingsToSheetValues } from '../engine/settings/sheet';
import { existingSheetNames } from './sheet-names';
import { writeValuesInChunks } from './write-values';

export async function openSettings(): Promise<{ created: boolean }> {
  return Excel.run(async (context) => {
    const existing = await existingSheetNames(context);
    const created = !existing.has(SETTINGS_SHEET_NAME.toLowerCase());
    if (created) {
      const sheet = context.workbook.worksheets.add(SETTINGS_SHEET_NAME);
      await writeValuesInChunks(context, sheet, settingsToSheetValues(defaultSettings()), 3);
      sheet.getRange('A1').format.font.bold = true;
      sheet.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = 220;
    }
    context.workbook.worksheets.getItem(SETTINGS_SHEET_NAME).activate();
    await context.sync();
    return { created };
  });
}

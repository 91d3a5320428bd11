/**
 * "Create blank source sheets": the seven lists with the official Annex A title (row 1) and
 * headings (row 2) plus a Postcode column; an existing sheet of that name is never touched.
 */
import { OFFICIAL_HEADINGS, OFFICIAL_SHEET_NAMES, OFFICIAL_TITLES } from '../engine/parse/official-headings';
import { LIST_NUMBERS } from '../engine/types';
import { existingSheetNames } from './sheet-names';
import type { CreatedSheets } from './types';

export function blankListValues(list: (typeof LIST_NUMBERS)[number]): string[][] {
  const headings = [...OFFICIAL_HEADINGS[list], 'Postcode'];
  return [[OFFICIAL_TITLES[list], ...headings.slice(1).map(() => '')], headings];
}

export async function createBlankSourceSheets(): Promise<CreatedSheets> {
  return Excel.run(async (context) => {
    const existing = await existingSheetNames(context);
    const created: string[] = [];
    const skipped: string[] = [];
    for (const list of LIST_NUMBERS) {
      const name = OFFICIAL_SHEET_NAMES[list];
      if (existing.has(name.toLowerCase())) {
        skipped.push(name);
        continue;
      }
      const values = blankListValues(list);
      const sheet = context.workbook.worksheets.add(name);
      const range = sheet.getRangeByIndexes(0, 0, 2, values[1].length);
      range.numberFormat = values.map((r) => r.map(() => '@'));
      range.values = values;
      sheet.getRange('A1').format.font.bold = true;
      const header = sheet.getRangeByIndexes(1, 0, 1, values[1].length);
      header.format.font.bold = true;
      header.format.fill.color = '#D9E1F2';
      header.format.wrapText = true;
      sheet.freezePanes.freezeRows(2);
      created.push(name);
    }
    await context.sync();
    return { created, skipped };
  });
}

/**
 * The sheets that may hold source lists: every sheet the product did not generate
 * (read-sources.ts), less the settings and the postcode lookup, which are the analyst's.
 */
import type { SourceSheet } from '../engine/types';
import { POSTCODE_SHEET_NAME } from '../engine/settings/postcode-sheet';
import { SETTINGS_SHEET_NAME } from '../engine/settings/sheet';

const NOT_SOURCES = new Set([SETTINGS_SHEET_NAME.toLowerCase(), POSTCODE_SHEET_NAME.toLowerCase()]);

export function listSheets(sheets: readonly SourceSheet[]): SourceSheet[] {
  return sheets.filter((sheet) => !NOT_SOURCES.has(sheet.name.toLowerCase()));
}

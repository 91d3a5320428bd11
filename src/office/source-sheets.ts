/**
 * The sheets that may hold source lists: every sheet the product did not generate
 * (read-sources.ts), less the settings and the postcode lookup, which are the analyst's (named as
 * the one settings layering finds them: src/engine/settings/layers.ts) and the Report Commentary.
 */
import type { SourceSheet } from '../engine/types';
import { isSettingsSheet } from '../engine/settings/layers';
import { isCommentarySheet } from '../engine/summary/commentary';

export function listSheets(sheets: readonly SourceSheet[]): SourceSheet[] {
  return sheets.filter((sheet) => !isSettingsSheet(sheet) && !isCommentarySheet(sheet));
}

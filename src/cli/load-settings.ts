/**
 * Settings for a command-line build, through the engine's one layering
 * (src/engine/settings/layers.ts), in the order of precedence (later wins):
 * defaults < the input workbook's `Report Settings` / `Postcode Lookup` sheets < the same sheets
 * of the --settings workbook < flags (--year, --quarter, --threshold).
 */
import { defaultLayer, withChoices, withSettingsSheets, type LayeredSettings } from '../engine/settings/layers';
import type { SourceSheet } from '../engine/types';

export { isSettingsSheet } from '../engine/settings/layers';

export interface SettingsFlags {
  financialYear: number | null;
  quarter: 1 | 2 | 3 | 4 | null;
  threshold: number | null;
}

const FLAG_NAMES = { financialYear: '--year', quarter: '--quarter', threshold: '--threshold', authority: '--authority' };

export function loadSettings(inputSheets: readonly SourceSheet[], settingsSheets: readonly SourceSheet[] | null, flags: SettingsFlags): LayeredSettings {
  let loaded = withSettingsSheets(defaultLayer(), inputSheets, 'input');
  if (settingsSheets) loaded = withSettingsSheets(loaded, settingsSheets, '--settings');
  // A flag not given is null here and no choice there.
  const choices = { financialYear: flags.financialYear ?? undefined, quarter: flags.quarter ?? undefined, threshold: flags.threshold ?? undefined };
  return withChoices(loaded, choices, 'flags', FLAG_NAMES);
}

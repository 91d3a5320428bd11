/**
 * Settings for a command-line build, in the order of precedence (later wins):
 * defaults < the input workbook's `Report Settings` / `Postcode Lookup` sheets < the same sheets
 * of the --settings workbook < flags (--year, --quarter, --threshold).
 */
import { defaultSettings } from '../engine/settings/defaults';
import { POSTCODE_SHEET_NAME, readPostcodeLookupSheet } from '../engine/settings/postcode-sheet';
import { SETTINGS_SHEET_NAME, readSettingsSheet } from '../engine/settings/sheet';
import type { Settings } from '../engine/settings/types';
import type { Problem, SourceSheet } from '../engine/types';

export interface SettingsFlags {
  financialYear: number | null;
  quarter: 1 | 2 | 3 | 4 | null;
  threshold: number | null;
}

export interface LoadedSettings {
  settings: Settings;
  problems: Problem[];
  /** Where settings came from, for the summary ("defaults", "input: Report Settings", …). */
  sources: string[];
}

function sameSheetName(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}

export function isSettingsSheet(sheet: SourceSheet): boolean {
  return sameSheetName(sheet.name, SETTINGS_SHEET_NAME) || sameSheetName(sheet.name, POSTCODE_SHEET_NAME);
}

/** Applies one workbook's settings sheets (when present) over `base`. */
export function applySettingsSheets(sheets: readonly SourceSheet[], base: LoadedSettings, origin: string): LoadedSettings {
  let { settings } = base;
  const problems = [...base.problems];
  const sources = [...base.sources];
  const settingsSheet = sheets.find((s) => sameSheetName(s.name, SETTINGS_SHEET_NAME));
  if (settingsSheet) {
    const read = readSettingsSheet(settingsSheet.values, settings);
    settings = read.settings;
    problems.push(...read.problems);
    sources.push(`${origin}: ${SETTINGS_SHEET_NAME}`);
  }
  const lookupSheet = sheets.find((s) => sameSheetName(s.name, POSTCODE_SHEET_NAME));
  if (lookupSheet) {
    const read = readPostcodeLookupSheet(lookupSheet.values, settings);
    settings = read.settings;
    problems.push(...read.problems);
    sources.push(`${origin}: ${POSTCODE_SHEET_NAME}`);
  }
  return { settings, problems, sources };
}

export function applyFlags(loaded: LoadedSettings, flags: SettingsFlags): LoadedSettings {
  const settings = { ...loaded.settings };
  const used: string[] = [];
  if (flags.financialYear !== null) {
    settings.financialYear = flags.financialYear;
    used.push('--year');
  }
  if (flags.quarter !== null) {
    settings.quarter = flags.quarter;
    used.push('--quarter');
  }
  if (flags.threshold !== null) {
    settings.threshold = flags.threshold;
    used.push('--threshold');
  }
  return { ...loaded, settings, sources: used.length > 0 ? [...loaded.sources, `flags: ${used.join(' ')}`] : loaded.sources };
}

export function loadSettings(inputSheets: readonly SourceSheet[], settingsSheets: readonly SourceSheet[] | null, flags: SettingsFlags): LoadedSettings {
  let loaded: LoadedSettings = { settings: defaultSettings(), problems: [], sources: ['defaults'] };
  loaded = applySettingsSheets(inputSheets, loaded, 'input');
  if (settingsSheets) loaded = applySettingsSheets(settingsSheets, loaded, '--settings');
  return applyFlags(loaded, flags);
}

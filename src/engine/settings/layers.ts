/**
 * The one settings layering, for both shells (inputs.md "Settings"): defaults ← the `Report
 * Settings` sheet ← the `Postcode Lookup` sheet ← the choices of the run (command-line flags or
 * the task pane). Later layers win; each sheet layer may be applied more than once (the command
 * line reads the input workbook's sheets, then a --settings workbook's). Pure: the shells read
 * the sheets and pass their values here.
 */
import type { CellValue, Problem, SourceSheet } from '../types';
import { defaultSettings } from './defaults';
import { POSTCODE_SHEET_NAME, readPostcodeLookupSheet } from './postcode-sheet';
import { SETTINGS_SHEET_NAME, readSettingsSheet } from './sheet';
import type { Settings } from './types';

export interface LayeredSettings {
  settings: Settings;
  problems: Problem[];
  /** Where the settings came from, in order ("defaults", "input: Report Settings", "flags: --year"). */
  sources: string[];
}

/**
 * A settings sheet's name as Excel compares sheet names (case-insensitively), and ignoring white
 * space, so "report settings" and "ReportSettings" are found by the add-in and the command line alike.
 */
function sameSheetName(a: string, b: string): boolean {
  return a.replace(/\s+/g, '').toLowerCase() === b.replace(/\s+/g, '').toLowerCase();
}

export function isSettingsSheet(sheet: SourceSheet): boolean {
  return sameSheetName(sheet.name, SETTINGS_SHEET_NAME) || sameSheetName(sheet.name, POSTCODE_SHEET_NAME);
}

/** A sheet's values as if read from A1 (the settings readers expect row 1 at index 0). */
export function valuesFromA1(sheet: SourceSheet): CellValue[][] {
  const top = (sheet.firstRow ?? 1) - 1;
  const left = sheet.firstColumn ?? 0;
  if (top === 0 && left === 0) return sheet.values;
  return [...Array.from({ length: top }, () => [] as CellValue[]), ...sheet.values.map((row) => [...new Array<CellValue>(left).fill(null), ...row])];
}

export function defaultLayer(): LayeredSettings {
  return { settings: defaultSettings(), problems: [], sources: ['defaults'] };
}

const SHEET_LAYERS = [
  { name: SETTINGS_SHEET_NAME, read: readSettingsSheet },
  { name: POSTCODE_SHEET_NAME, read: readPostcodeLookupSheet },
] as const;

/** Applies one workbook's `Report Settings` and `Postcode Lookup` sheets (when present), in that order, over `base`. */
export function withSettingsSheets(base: LayeredSettings, sheets: readonly SourceSheet[], origin: string): LayeredSettings {
  let { settings } = base;
  const problems = [...base.problems];
  const sources = [...base.sources];
  for (const layer of SHEET_LAYERS) {
    const sheet = sheets.find((s) => sameSheetName(s.name, layer.name));
    if (!sheet) continue;
    const read = layer.read(valuesFromA1(sheet), settings);
    settings = read.settings;
    problems.push(...read.problems);
    sources.push(`${origin}: ${layer.name}`);
  }
  return { settings, problems, sources };
}

/** The run's own choices; `undefined` = not chosen (null = chosen "automatic" for year and quarter). */
export interface SettingsChoices {
  financialYear?: number | null;
  quarter?: 1 | 2 | 3 | 4 | null;
  threshold?: number;
  /** Blank text is no choice. */
  authority?: string;
}

/** Applies the choices over `base`; `names` says how the shell calls each choice, for the sources line (e.g. `--year`). */
export function withChoices(base: LayeredSettings, choices: SettingsChoices, origin: string, names: Record<keyof SettingsChoices, string>): LayeredSettings {
  const settings = { ...base.settings };
  const used: (keyof SettingsChoices)[] = [];
  if (choices.financialYear !== undefined) {
    settings.financialYear = choices.financialYear;
    used.push('financialYear');
  }
  if (choices.quarter !== undefined) {
    settings.quarter = choices.quarter;
    used.push('quarter');
  }
  if (choices.threshold !== undefined) {
    settings.threshold = choices.threshold;
    used.push('threshold');
  }
  if (choices.authority !== undefined && choices.authority.trim() !== '') {
    settings.authority = choices.authority.trim();
    used.push('authority');
  }
  const sources = used.length > 0 ? [...base.sources, `${origin}: ${used.map((key) => names[key]).join(' ')}`] : base.sources;
  return { ...base, settings, sources };
}

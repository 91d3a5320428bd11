/**
 * "Build report" in Excel: read the settings and lookup sheets when present, apply the pane's
 * choices, read the source lists in chunks, run the engine, build the report model and write it.
 * All inside one Excel.run; the engine and the model are pure.
 */
import { buildResults } from '../engine/build';
import { dayFromYmd } from '../engine/dates';
import type { CellValue, Problem, ProgressFn, SourceSheet } from '../engine/types';
import type { ListReadInfo } from '../engine/lists';
import { defaultSettings } from '../engine/settings/defaults';
import { POSTCODE_SHEET_NAME, readPostcodeLookupSheet } from '../engine/settings/postcode-sheet';
import { readSettingsSheet, SETTINGS_SHEET_NAME } from '../engine/settings/sheet';
import type { Settings } from '../engine/settings/types';
import { buildReportModel } from '../report/build-model';
import { writeReport } from '../render/office/write-report';
import { readSourceSheets } from './read-sources';
import { commentaryValues, isCommentarySheet } from '../engine/summary/commentary';
import type { BuildInExcelOptions, BuildOutcome } from './types';
import { ADDIN_VERSION } from './version';

const LISTED_PROBLEMS = 200;

/** A sheet's values as if read from A1 (the settings readers expect row 1 at index 0). */
export function valuesFromA1(sheet: SourceSheet): CellValue[][] {
  const top = (sheet.firstRow ?? 1) - 1;
  const left = sheet.firstColumn ?? 0;
  return [...Array.from({ length: top }, () => [] as CellValue[]), ...sheet.values.map((row) => [...new Array<CellValue>(left).fill(null), ...row])];
}

function find(sheets: SourceSheet[], name: string): SourceSheet | undefined {
  return sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Settings: defaults ← Report Settings sheet ← Postcode Lookup sheet ← the pane's choices. */
export function settingsFrom(sheets: SourceSheet[], options: BuildInExcelOptions): { settings: Settings; problems: Problem[] } {
  let settings = defaultSettings();
  const problems: Problem[] = [];
  const settingsSheet = find(sheets, SETTINGS_SHEET_NAME);
  if (settingsSheet) {
    const read = readSettingsSheet(valuesFromA1(settingsSheet), settings);
    settings = read.settings;
    problems.push(...read.problems);
  }
  const postcodeSheet = find(sheets, POSTCODE_SHEET_NAME);
  if (postcodeSheet) {
    const read = readPostcodeLookupSheet(valuesFromA1(postcodeSheet), settings);
    settings = read.settings;
    problems.push(...read.problems);
  }
  if (options.financialYear !== undefined) settings.financialYear = options.financialYear;
  if (options.quarter !== undefined) settings.quarter = options.quarter;
  if (options.authority !== undefined && options.authority.trim() !== '') settings.authority = options.authority.trim();
  return { settings, problems };
}

function today(): number {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export async function buildInExcel(options: BuildInExcelOptions, onProgress: ProgressFn): Promise<BuildOutcome> {
  const started = Date.now();
  return Excel.run(async (context) => {
    onProgress('Reading the workbook', 0.02);
    const sheets = await readSourceSheets(context);
    const { settings, problems: settingsProblems } = settingsFrom(sheets, options);
    const sources = sheets.filter((s) => s !== find(sheets, SETTINGS_SHEET_NAME) && s !== find(sheets, POSTCODE_SHEET_NAME) && !isCommentarySheet(s));
    // The analyst's commentary is read, never written: the build places it in the report.
    const commentary = commentaryValues(sheets);
    // The engine's progress fills 20–60 %, writing the workbook 60–100 %.
    const output = buildResults(sources, settings, {
      today: today(),
      version: ADDIN_VERSION,
      ...(commentary ? { commentary } : {}),
      onProgress: (step, fraction) => onProgress(step, 0.2 + 0.4 * fraction),
    });
    onProgress('Laying out the report', 0.6);
    const model = buildReportModel(output, { builtAt: new Date() });
    await writeReport(context, model, (step, fraction) => onProgress(step, 0.6 + 0.4 * fraction));
    const results = output.results;
    const listsRead = Object.values(output.parsed.info).filter((i): i is ListReadInfo => i !== undefined);
    return {
      results,
      problems: [...settingsProblems, ...results.problems.items].slice(0, LISTED_PROBLEMS),
      problemCount: settingsProblems.length + results.problems.count,
      listsRead,
      indicatorsAvailable: results.indicators.filter((i) => i.available).length,
      durationMs: Date.now() - started,
    };
  });
}

/**
 * "Build report" in Excel: read the settings and lookup sheets when present, apply the pane's
 * choices, read the source lists in chunks, run the engine, build the report model and write it.
 * All inside one Excel.run; the engine and the model are pure.
 */
import { buildResults } from '../engine/build';
import { dayFromYmd } from '../engine/dates';
import type { Problem, ProgressFn, SourceSheet } from '../engine/types';
import type { ListReadInfo } from '../engine/lists';
import { LISTED_PROBLEMS } from '../engine/results';
import { defaultLayer, withChoices, withSettingsSheets } from '../engine/settings/layers';
import type { Settings } from '../engine/settings/types';
import { buildReportModel } from '../report/build-model';
import { writeReport } from '../render/office/write-report';
import { readSourceSheets } from './read-sources';
import { commentaryValues } from '../engine/summary/commentary';
import { listSheets } from './source-sheets';
import type { BuildInExcelOptions, BuildOutcome } from './types';
import { ADDIN_VERSION } from './version';

/** Settings: defaults ← Report Settings sheet ← Postcode Lookup sheet ← the pane's choices (src/engine/settings/layers.ts). */
export function settingsFrom(sheets: SourceSheet[], options: BuildInExcelOptions): { settings: Settings; problems: Problem[] } {
  return withChoices(withSettingsSheets(defaultLayer(), sheets, 'workbook'), options, 'pane', PANE_NAMES);
}

const PANE_NAMES = { financialYear: 'Financial year', quarter: 'Quarter', threshold: 'Threshold', authority: 'Authority' };

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
    const sources = listSheets(sheets);
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

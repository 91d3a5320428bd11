/**
 * `csc-report build`: read the input, settle the settings, run the engine, write the JSON and the
 * report workbook, print the summary. Settings-sheet problems join the build's problems (first,
 * and counted), so they reach the JSON, the Build Log and the summary like any other.
 *
 * The input is parsed sheet by sheet as it is read (WorkbookParser): each CSV file's or
 * worksheet's raw values can go as soon as that list is parsed, so the peak memory is about one
 * list's raw values plus the parsed lists, not every list's values at once (docs/performance.md
 * "Whole process").
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { LISTED_PROBLEMS } from '../engine/build';
import { dayFromYmd } from '../engine/dates';
import type { Problem, SourceSheet } from '../engine/types';
import { forEachInputSheet, readInput } from '../io/read-input';
import type { BuildArgs } from './args';
import { LARGE_LIST_ROWS, collectGarbage } from './collect-garbage';
import type { CliIo } from './console-io';
import { WorkbookParser, buildResultsFromParsed, loadReportWriter, type BuildOutput } from './engine-modules';
import { isSettingsSheet, loadSettings } from './load-settings';
import { commentaryValues, isCommentarySheet } from '../engine/summary/commentary';
import { formatSummary } from './summary';
import { productVersion } from './version';

export async function runBuild(args: BuildArgs, io: CliIo): Promise<void> {
  const inputPath = resolve(io.cwd, args.input);
  const progress = progressPrinter(io);
  progress(`Reading ${args.input}`);
  const parser = new WorkbookParser();
  const inputSettingsSheets: SourceSheet[] = [];
  const commentarySheets: SourceSheet[] = [];
  await forEachInputSheet(inputPath, (sheet) => {
    progress('Reading lists');
    // The settings sheets are small and read after the input; the lists are parsed and let go.
    if (isSettingsSheet(sheet)) {
      inputSettingsSheets.push(sheet);
      return;
    }
    // The analyst's Report Commentary (summary.md) is read for the report, never parsed as a list.
    if (isCommentarySheet(sheet)) {
      commentarySheets.push(sheet);
      return;
    }
    parser.add(sheet);
    const large = sheet.values.length >= LARGE_LIST_ROWS;
    // Nothing else refers to the values once parsed; dropping them here lets the collection take them.
    sheet.values = [];
    if (large) collectGarbage();
  });
  const settingsSheets = args.settings ? await readSettingsWorkbook(resolve(io.cwd, args.settings)) : null;
  const loaded = loadSettings(inputSettingsSheets, settingsSheets, args);
  const now = io.now();
  const commentary = commentaryValues(commentarySheets);
  const output = buildResultsFromParsed(parser.finish(), parser.sheetNames, loaded.settings, {
    today: dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate()),
    ...(commentary ? { commentary } : {}),
    version: productVersion(),
    onProgress: (step) => progress(step),
  });
  withSettingsProblems(output, loaded.problems);
  const written: string[] = [];
  if (args.json) {
    const jsonPath = resolve(io.cwd, args.json);
    await writeOutput(jsonPath, `${JSON.stringify(output.results, null, 2)}\n`);
    written.push(jsonPath);
  }
  const outPath = reportPath(args, inputPath, io.cwd);
  if (outPath !== null) {
    progress('Laying out the report');
    const { buildReportModel, renderXlsx } = loadReportWriter();
    const model = buildReportModel(output, { builtAt: now });
    progress('Writing the workbook');
    await writeOutput(outPath, await renderXlsx(model));
    written.push(outPath);
  }
  io.stdout(formatSummary(output, { settingsSources: loaded.sources, written }));
}

/**
 * Where the report workbook goes, or null for none. `--out` wins; `--json` alone asks for the
 * figures only, so no workbook is written (and the layout and the writer's WebAssembly are never
 * loaded); otherwise the report goes beside its input, never into whatever folder the command
 * happens to run in.
 */
export function reportPath(args: Pick<BuildArgs, 'out' | 'json'>, inputPath: string, cwd: string): string | null {
  if (args.out) return resolve(cwd, args.out);
  if (args.json) return null;
  return join(dirname(trimSeparators(inputPath)), defaultReportName(inputPath));
}

/** `<input name>-report.xlsx`: an .xlsx's base name, or a CSV folder's own name. */
export function defaultReportName(input: string): string {
  const name = basename(trimSeparators(input));
  return `${basename(name, extname(name))}-report.xlsx`;
}

function trimSeparators(path: string): string {
  return path.replace(/(?<=.)[/\\]+$/, '');
}

async function readSettingsWorkbook(path: string): Promise<SourceSheet[]> {
  const sheets = await readInput(path);
  if (!sheets.some(isSettingsSheet)) throw new Error(`the --settings workbook ${path} has no "Report Settings" or "Postcode Lookup" sheet`);
  return sheets;
}

function withSettingsProblems(output: BuildOutput, problems: Problem[]): void {
  if (problems.length === 0) return;
  const summary = output.results.problems;
  output.results.problems = { count: summary.count + problems.length, items: [...problems, ...summary.items].slice(0, LISTED_PROBLEMS) };
}

async function writeOutput(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

/** Prints each new step once on stderr, so long builds show where they are. */
function progressPrinter(io: CliIo): (step: string) => void {
  let last = '';
  return (step) => {
    if (step === last) return;
    last = step;
    io.stderr(`… ${step}`);
  };
}

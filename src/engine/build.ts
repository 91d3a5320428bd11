/**
 * The whole engine in one call (docs/architecture.md): parse the source sheets, settle the report
 * period, check the rows against it, compute the 23 indicators and the district blocks, and set
 * the suppression flags.
 */
import type { CellValue, Day, Problem, ProgressFn, SourceSheet } from './types';
import { LIST_NUMBERS } from './types';
import type { ParsedLists } from './lists';
import type { ReportPeriod } from './period';
import { LISTED_PROBLEMS, type Period, type Results } from './results';
import type { Settings } from './settings/types';
import { isoFromDay } from './dates';
import { checkAgainstPeriod, parseWorkbook } from './parse';
import { resolvePeriod } from './calendar/period';
import { createDistrictResolver } from './districts/resolve';
import { computeIndicators } from './indicators';
import { buildDistrictBlocks } from './districts/blocks';
import { applySuppression } from './suppression';
import { makeIndicatorContext } from './indicators/context';
import { readCommentary } from './summary/commentary';
import { buildSummary } from './summary/build-summary';

export const GENERATOR_NAME = 'csc-report-builder';
export { LISTED_PROBLEMS } from './results';

export interface BuildOptions {
  today: Day;
  version: string;
  onProgress?: ProgressFn;
  /** The `Report Commentary` sheet's values from A1, when the workbook has one (summary.md). */
  commentary?: CellValue[][];
}

export interface BuildOutput {
  results: Results;
  parsed: ParsedLists;
  period: ReportPeriod;
  settings: Settings;
}

export function periodJson(period: ReportPeriod): Period {
  return {
    financialYear: period.financialYearLabel,
    quarter: period.quarter,
    start: isoFromDay(period.start),
    end: isoFromDay(period.end),
    previousQuarterEnd: isoFromDay(period.previousQuarterEnd),
  };
}

function noListMessage(sheetNames: readonly string[]): string {
  const names = sheetNames.map((name) => `"${name}"`).join(', ') || 'none';
  return `No Annex A list could be read from the workbook (sheets found: ${names}). Name the sheets "List 1", "List 3", … "List 9" (or Contacts, Referrals, …) with the Annex A headings.`;
}

/**
 * Problems in the order an analyst should read them, since only the first 200 are listed:
 * errors (rows left out of every figure, lists rejected) first, then warnings about a whole list
 * (no data rows, starts too late), then warnings about single cells. Within each group the
 * parser's order (list by list, row by row) is kept, so 200 warnings of one kind can never hide
 * an error further down.
 */
export function byImportance(problems: readonly Problem[]): Problem[] {
  const rank = (p: Problem): number => (p.severity === 'error' ? 0 : p.row === null ? 1 : 2);
  return problems
    .map((p, i) => ({ p, i, r: rank(p) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.p);
}

export function buildResults(sheets: SourceSheet[], settings: Settings, options: BuildOptions): BuildOutput {
  (options.onProgress ?? (() => undefined))('Reading lists', 0);
  return buildResultsFromParsed(parseWorkbook(sheets), sheets.map((s) => s.name), settings, options);
}

/**
 * buildResults for lists already parsed (WorkbookParser: a caller that parses sheet by sheet and
 * lets each sheet's values go). `sheetNames` are every sheet given to the parser.
 */
export function buildResultsFromParsed(parsed: ParsedLists, sheetNames: readonly string[], settings: Settings, options: BuildOptions): BuildOutput {
  const progress = options.onProgress ?? (() => undefined);
  if (!LIST_NUMBERS.some((list) => parsed.lists[list] !== undefined)) {
    const reasons = parsed.problems.filter((p) => p.severity === 'error').map((p) => p.message);
    throw new Error([noListMessage(sheetNames), ...reasons.slice(0, 5)].join(' '));
  }
  const period = resolvePeriod(settings, parsed, options.today);
  const periodProblems: Problem[] = checkAgainstPeriod(parsed, period);
  const withPeriodChecks: ParsedLists = { ...parsed, problems: [...parsed.problems, ...periodProblems] };

  progress('Calculating indicators', 0.3);
  const ctx = makeIndicatorContext(withPeriodChecks, period, settings, createDistrictResolver(settings));
  const indicators = computeIndicators(ctx);

  progress('District profiles', 0.8);
  const districts = buildDistrictBlocks(ctx);

  const commentary = readCommentary(options.commentary ?? [], period.label);
  const problems = byImportance([...withPeriodChecks.problems, ...commentary.problems]);
  const results: Results = {
    generator: { name: GENERATOR_NAME, version: options.version },
    authority: settings.authority,
    period: periodJson(period),
    threshold: settings.threshold,
    indicators,
    districts,
    problems: { count: problems.length, items: problems.slice(0, LISTED_PROBLEMS) },
  };
  progress('Summary and signals', 0.95);
  const suppressed = applySuppression(results, settings.threshold);
  // The summary reads the indicators' suppressed results, so its flags agree with the tables.
  const { summary, spc } = buildSummary({ results: suppressed, ctx, commentary });
  suppressed.indicators = suppressed.indicators.map((ind) => {
    const chart = spc.get(ind.id);
    return chart ? { ...ind, spc: chart } : ind;
  });
  suppressed.summary = summary;
  suppressed.summaryCommentary = commentary.summary;
  progress('Summary and signals', 1);
  return { results: suppressed, parsed: withPeriodChecks, period, settings };
}

/**
 * The `Build Log` sheet: when and by what the report was built, the settings used, each list
 * read, indicator warnings, the problems (first 200 listed, all counted), the definitions note and
 * the statement that no child-level values are shown.
 */
import type { ParsedLists } from '../engine/lists';
import type { Results } from '../engine/results';
import type { Settings } from '../engine/settings/types';
import { LIST_NAMES, LIST_NUMBERS, type Problem } from '../engine/types';
import { LISTED_PROBLEMS } from '../engine/results';
import type { CellStyle, ModelCell } from './model';
import { textCell, type SheetDraft } from './drafts';
import { periodLine } from './title-block';
import { ukDateTime } from './text';

export const BUILD_LOG_SHEET = 'Build Log';
export const DEFINITIONS_NOTE = 'Definitions follow the product specification; see docs/definitions.md';
export const PRIVACY_STATEMENT =
  'No child-level values (Child Unique ID, date of birth, postcode) are shown in this workbook: problems in those columns are listed without their value.';
// Message last: it is the longest text and, with nothing to its right, prints in full.
const PROBLEM_HEADER = ['List', 'Sheet', 'Row', 'Column', 'Value', 'Severity', 'Message'];
const LIST_HEADER = ['List', 'Sheet', 'Rows read', 'Rows excluded'];
/** Headings whose values identify a child (normalised, as inputs.md matches them). */
const CHILD_IDENTIFYING = /^(child unique id|child id|childid|child unique identifier|lachildid|child|date of birth|dob|.*postcode)$/;

export interface BuildLogInput {
  results: Results;
  parsed: ParsedLists;
  settings: Settings;
  builtAt: Date;
}

type Row = (string | number | null | { value: string | number | null; style: CellStyle })[];

/** Appends rows of cells from `top`; a plain value is 'text', an object carries its own style. */
class LogWriter {
  readonly cells: ModelCell[] = [];
  row = 0;

  line(values: Row, firstStyle: CellStyle = 'text'): void {
    values.forEach((v, col) => {
      if (v === null) return;
      const cell = typeof v === 'object' ? v : { value: v, style: col === 0 ? firstStyle : ('text' as CellStyle) };
      if (cell.value === null) return;
      this.cells.push(typeof cell.value === 'string' ? textCell(this.row, col, cell.value, cell.style) : { row: this.row, col, value: cell.value, style: cell.style });
    });
    this.row += 1;
  }

  blank(): void {
    this.row += 1;
  }

  heading(text: string): void {
    this.line([text], 'subtitle');
  }

  header(labels: string[]): void {
    this.line(labels.map((l) => ({ value: l, style: 'logHeader' as CellStyle })));
  }
}

function listLabel(list: number | null): string {
  return list === null ? '' : `List ${list} (${LIST_NAMES[list as keyof typeof LIST_NAMES]})`;
}

/** A problem's value, or null when its column identifies a child (belt and braces: the parser nulls them already). */
export function loggableValue(problem: Problem): string | null {
  const column = (problem.column ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  return CHILD_IDENTIFYING.test(column) ? null : problem.value;
}

function writeSettings(log: LogWriter, results: Results, settings: Settings): void {
  // Settings are a list of labelled values, not a table: figures as text with thousands separators.
  const count = (n: number) => n.toLocaleString('en-GB');
  log.heading('Settings used');
  log.line(['Local authority', settings.authority]);
  log.line(['Region', settings.region]);
  log.line(['Financial year', results.period.financialYear]);
  log.line(['Quarter', results.period.quarter]);
  log.line(['Report period', periodLine(results.period).replace(/^Period: /, '')]);
  log.line(['Population aged 0–17', count(settings.population)]);
  settings.districts.forEach((d) => log.line([`Population aged 0–17: ${d.name}`, count(d.population)]));
  log.line(['Suppression threshold', settings.threshold]);
  log.line(['Suppress tables as well as charts', settings.suppressTables ? 'Yes' : 'No']);
  log.line(['Assessment timescale (working days)', settings.assessmentDays]);
  log.line(['Re-referral look-back (months)', settings.rereferralMonths]);
  log.line(['Contact → referral window (days)', settings.contactWindowDays]);
  log.line(['Benchmark areas', `${settings.englandArea}; ${settings.region}; ${settings.statisticalNeighboursArea}`]);
  log.line(['Bank holidays', `${settings.bankHolidays.length} dates`]);
}

function writeLists(log: LogWriter, parsed: ParsedLists): void {
  log.heading('Lists read');
  log.header(LIST_HEADER);
  for (const list of LIST_NUMBERS) {
    const info = parsed.info[list];
    log.line(info ? [listLabel(list), info.sheet, { value: info.rowsRead, style: 'count' }, { value: info.rowsExcluded, style: 'count' }] : [listLabel(list), 'not found']);
  }
  if (parsed.ignoredSheets.length > 0) log.line(['Sheets ignored', parsed.ignoredSheets.join('; ')]);
}

function writeIndicatorNotes(log: LogWriter, results: Results): void {
  log.heading('Indicator warnings');
  const lines: [string, string][] = [];
  for (const ind of [...results.indicators].sort((a, b) => a.id - b.id)) {
    const name = `${ind.id}. ${ind.title}`;
    if (!ind.available) lines.push([name, `Not available: ${ind.reason ?? 'no data'}`]);
    ind.warnings.forEach((w) => lines.push([name, w]));
  }
  for (const block of results.districts.blocks) if (!block.available) lines.push([block.title, `Not available: ${block.reason ?? 'no data'}`]);
  if (lines.length === 0) log.line(['None']);
  lines.forEach((l) => log.line(l));
}

/** "3 problems" or "250 problems in all, first 200 listed". */
export function problemsSummary(count: number, listed: number): string {
  if (count === 0) return 'No problems found';
  const noun = count === 1 ? 'problem' : 'problems';
  return count > listed ? `${count} ${noun} in all, first ${listed} listed` : `${count} ${noun}`;
}

/**
 * Every problem (not only the 200 listed) counted by list, column and severity, so one glance
 * shows where an extract needs fixing even when a single kind of warning fills the list.
 */
function writeProblemCounts(log: LogWriter, problems: readonly Problem[]): boolean {
  if (problems.length === 0) return false;
  const counts = new Map<string, { list: number | null; column: string; severity: string; count: number }>();
  for (const p of problems) {
    const column = p.column ?? '(whole list)';
    const key = `${p.list}|${column}|${p.severity}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { list: p.list, column, severity: p.severity, count: 1 });
  }
  const rows = [...counts.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
  log.heading('Problems by list and column');
  log.header(['List', 'Column', 'Severity', 'Count']);
  for (const r of rows) log.line([listLabel(r.list), r.column, r.severity, { value: r.count, style: 'count' }]);
  return true;
}

function writeProblems(log: LogWriter, results: Results): void {
  const items = results.problems.items.slice(0, LISTED_PROBLEMS);
  log.heading('Problems');
  log.line([problemsSummary(Math.max(results.problems.count, items.length), items.length)]);
  if (items.length === 0) return;
  log.header(PROBLEM_HEADER);
  for (const p of items) {
    log.line([listLabel(p.list), p.sheet, p.row, p.column, loggableValue(p), p.severity, p.message]);
  }
}

export function buildBuildLog(input: BuildLogInput): SheetDraft {
  const { results, parsed, settings, builtAt } = input;
  const log = new LogWriter();
  log.line([BUILD_LOG_SHEET], 'title');
  log.blank();
  log.line(['Built at', ukDateTime(builtAt)]);
  log.line(['Generator', `${results.generator.name} ${results.generator.version}`]);
  log.blank();
  writeSettings(log, results, settings);
  log.blank();
  writeLists(log, parsed);
  log.blank();
  writeIndicatorNotes(log, results);
  log.blank();
  // The engine keeps every problem on `parsed`; a shell may add its own (the command line's
  // settings-sheet problems) to the listed ones only.
  const known = new Set(parsed.problems);
  const problemCounts = writeProblemCounts(log, [...results.problems.items.filter((p) => !known.has(p)), ...parsed.problems]);
  if (problemCounts) log.blank();
  writeProblems(log, results);
  log.blank();
  log.line([DEFINITIONS_NOTE], 'note');
  log.line([PRIVACY_STATEMENT], 'note');
  return { name: BUILD_LOG_SHEET, kind: 'log', hidden: false, tabColor: '#7F7F7F', cells: log.cells, charts: [], freezeRows: 1, repeatRows: { first: 0, last: 0 } };
}

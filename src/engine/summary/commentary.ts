/**
 * The analyst's `Report Commentary` sheet (summary.md): columns Period (e.g. `2021/22 Q2`),
 * Indicator (1–23 or `Summary`) and Commentary (free text). Analyst-owned like Report Settings:
 * the add-in creates it once, a build only reads it. Pure: values in, commentary out.
 */
import type { CellValue, Problem, SourceSheet } from '../types';
import { cellText, isBlankCell, normaliseLabel } from '../settings/cell-readers';

export const COMMENTARY_SHEET_NAME = 'Report Commentary';
export const COMMENTARY_HEADINGS = ['Period', 'Indicator', 'Commentary'] as const;
/** summary.md: commentary is cut to 1,000 characters (with a located warning). */
export const MAX_COMMENTARY = 1000;
export const SUMMARY_KEY = 'Summary';
const INDICATOR_COUNT = 23;

export interface Commentary {
  /** Indicator number → its commentary for the period. */
  byIndicator: Map<number, string>;
  /** The `Summary` row's commentary, or null. */
  summary: string | null;
  problems: Problem[];
}

/** The sheet as the add-in first creates it: a heading row, then the Summary row and a row per indicator for the period. */
export function commentaryTemplate(periodLabel: string): CellValue[][] {
  const rows: CellValue[][] = [[...COMMENTARY_HEADINGS], [periodLabel, SUMMARY_KEY, null]];
  for (let id = 1; id <= INDICATOR_COUNT; id++) rows.push([periodLabel, id, null]);
  return rows;
}

function samePeriod(cell: CellValue, periodLabel: string): boolean {
  return !isBlankCell(cell) && cellText(cell).replace(/\s+/g, ' ').trim().toLowerCase() === periodLabel.toLowerCase();
}

function problem(row: number, column: string, columnIndex: number, value: string | null, message: string): Problem {
  return { list: null, sheet: COMMENTARY_SHEET_NAME, row, column, columnIndex, value, message, severity: 'warning' };
}

/** The key of an Indicator cell: 1–23, `Summary`, or null when it names neither. */
function keyOf(cell: CellValue): number | 'summary' | null {
  if (isBlankCell(cell)) return null;
  const text = cellText(cell).trim();
  if (text.toLowerCase() === SUMMARY_KEY.toLowerCase()) return 'summary';
  const n = Number(text.replace(/^#/, ''));
  return Number.isInteger(n) && n >= 1 && n <= INDICATOR_COUNT ? n : null;
}

/**
 * The commentary of one period. `values` are the sheet's cells from A1 (row 1 at index 0). The
 * heading row is found by its headings (rows above it are ignored); rows of other periods and
 * blank commentary are skipped; text over 1,000 characters is cut, with a warning naming its row.
 */
export function readCommentary(values: readonly CellValue[][], periodLabel: string): Commentary {
  const out: Commentary = { byIndicator: new Map(), summary: null, problems: [] };
  const headingIndex = values.findIndex((row) => normaliseLabel(row[0]) === 'period' && row.some((c) => normaliseLabel(c) === 'commentary'));
  if (headingIndex < 0) return out;
  const headings = values[headingIndex].map((c) => normaliseLabel(c));
  const col = (name: string) => headings.indexOf(name);
  const [periodCol, indicatorCol, textCol] = [col('period'), col('indicator'), col('commentary')];
  if (indicatorCol < 0) return out;
  for (let r = headingIndex + 1; r < values.length; r++) {
    const cells = values[r];
    const row = r + 1;
    const raw = cells[textCol];
    if (!samePeriod(cells[periodCol], periodLabel) || isBlankCell(raw)) continue;
    const key = keyOf(cells[indicatorCol]);
    if (key === null) {
      out.problems.push(problem(row, 'Indicator', indicatorCol, cellText(cells[indicatorCol]), `${COMMENTARY_SHEET_NAME}: the Indicator should be 1 to 23 or "Summary"; commentary not shown`));
      continue;
    }
    let text = cellText(raw).trim();
    if (text.length > MAX_COMMENTARY) {
      out.problems.push(problem(row, 'Commentary', textCol, null, `${COMMENTARY_SHEET_NAME}: the commentary is ${text.length} characters; the report shows the first ${MAX_COMMENTARY.toLocaleString('en-GB')}`));
      text = text.slice(0, MAX_COMMENTARY);
    }
    const existing = key === 'summary' ? out.summary : out.byIndicator.get(key);
    if (existing !== null && existing !== undefined) {
      out.problems.push(problem(row, 'Indicator', indicatorCol, cellText(cells[indicatorCol]), `${COMMENTARY_SHEET_NAME}: a second row for ${key === 'summary' ? SUMMARY_KEY : `indicator ${key}`} in ${periodLabel}; the first is shown`));
      continue;
    }
    if (key === 'summary') out.summary = text;
    else out.byIndicator.set(key, text);
  }
  return out;
}

/** True for the commentary sheet (names compare as Excel does: case-insensitively). */
export function isCommentarySheet(sheet: Pick<SourceSheet, 'name'>): boolean {
  return sheet.name.trim().toLowerCase() === COMMENTARY_SHEET_NAME.toLowerCase();
}

/** The commentary sheet's cells as if read from A1 (a used range may start lower or further right), or undefined. */
export function commentaryValues(sheets: readonly SourceSheet[]): CellValue[][] | undefined {
  const sheet = sheets.find(isCommentarySheet);
  if (!sheet) return undefined;
  const top = (sheet.firstRow ?? 1) - 1;
  const left = sheet.firstColumn ?? 0;
  return [...Array.from({ length: top }, () => [] as CellValue[]), ...sheet.values.map((row) => [...new Array<CellValue>(left).fill(null), ...row])];
}

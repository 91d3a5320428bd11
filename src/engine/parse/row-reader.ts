/**
 * Reads the typed fields of one data row and records its problems (inputs.md "Row problems").
 * One reader per sheet, reused for every row (begin() points it at the next row), so the hot
 * loop allocates nothing but the row object and any problems.
 *
 * Rules: a blank or invalid required value (ID, required date) excludes the row; any other bad
 * cell is read as blank (a count as 0 where the row type says so) and the row stays. Values of
 * child-identifying columns (ID, date of birth, postcodes) are never echoed.
 */
import type { CellValue, Day, ListNumber, Problem } from '../types';
import type { BaseRow } from '../lists';
import { cellToText, excelErrorOf, isBlankCell } from './cell-text';
import type { CodeLookup } from './codes';
import { CHILD_IDENTIFYING } from './columns';
import { parseDateCell } from './dates';
import type { ResolvedColumn } from './headings';
import { parseCount } from './integers';
import { parseId } from './ids';
import { messages } from './messages';
import { parsePlacementLocation, parseSuitability, parseYesNo } from './yes-no';
import { isValidPostcodeText } from './postcodes';
import { ukFromDay } from '../dates';

export class RowReader {
  /** Worksheet row number of the current row. */
  row = 0;
  /** Set once any problem has excluded the current row. */
  excluded = false;
  /** Reused by readBase for every row of the sheet (list parsers copy its fields out at once). */
  readonly scratchBase: BaseRow = { row: 0, childId: '', dateOfBirth: null, district: null, postcode: null, team: null };
  private cells: readonly CellValue[] = [];
  /** Column key → the invalid dates of that column that only make sense month-first. */
  readonly monthFirst = new Map<string, { column: ResolvedColumn; count: number; firstRow: number }>();

  constructor(
    private readonly list: ListNumber,
    private readonly sheet: string,
    private readonly columns: ReadonlyMap<string, ResolvedColumn>,
    private readonly problems: Problem[],
  ) {}

  begin(cells: readonly CellValue[], rowNumber: number): void {
    this.cells = cells;
    this.row = rowNumber;
    this.excluded = false;
  }

  has(key: string): boolean {
    return this.columns.has(key);
  }

  /** Child Unique ID (required): blank excludes the row. */
  id(key: string): string {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) {
      if (column !== undefined) this.report(column, null, messages.blankId(column.heading), 'error', true);
      return '';
    }
    return parseId(value);
  }

  /** A date the row cannot do without: blank or invalid excludes the row. */
  requiredDate(key: string): Day | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (column === undefined) return null;
    if (value === null) {
      this.report(column, null, messages.blankRequiredDate(column.heading), 'error', true);
      return null;
    }
    const day = parseDateCell(value);
    if (day === null) {
      const shown = this.shown(column, value);
      this.noteBadDate(column, value);
      const message = isFormulaText(value) ? messages.formulaText(column.heading, 'the row was left out') : messages.invalidRequiredDate(column.heading, shown);
      this.report(column, shown, message, 'error', true);
    }
    return day;
  }

  /** An optional date: invalid is reported and read as blank. */
  date(key: string): Day | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const day = parseDateCell(value);
    if (day === null) {
      const shown = this.shown(column, value);
      this.noteBadDate(column, value);
      const message = isFormulaText(value) ? messages.formulaText(column.heading, 'read as blank') : messages.invalidDate(column.heading, shown);
      this.report(column, shown, message, 'warning', false);
    }
    return day;
  }

  /** Free text, trimmed; null when blank or the column is absent. */
  text(key: string): string | null {
    const value = this.value(this.columns.get(key));
    return value === null ? null : cellToText(value);
  }

  /**
   * A postcode (home or placement), trimmed. One that is not a valid UK postcode is reported
   * (without its value: postcodes are child-level) and kept as typed: the resolver then moves on
   * to the next step, as it would for a blank.
   */
  postcode(key: string): string | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const text = cellToText(value);
    if (!isValidPostcodeText(text)) this.report(column, null, messages.invalidPostcode(column.heading), 'warning', false);
    return text;
  }

  /** An Annex A code; unrecognised values are reported and read as blank (open tables keep them). */
  code(key: string, lookup: CodeLookup): string | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const match = lookup.match(value);
    if (!match.recognised) {
      const shown = displayText(value);
      const message = match.code === null
        ? messages.unknownCode(column.heading, shown, lookup.table.expected)
        : messages.unknownOpenCode(column.heading, shown, match.code);
      this.report(column, shown, message, 'warning', false);
    }
    return match.code;
  }

  yesNo(key: string): boolean | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const answer = parseYesNo(value);
    if (answer !== undefined) return answer;
    const shown = displayText(value);
    this.report(column, shown, messages.notYesNo(column.heading, shown), 'warning', false);
    return null;
  }

  suitability(key: string): boolean | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const answer = parseSuitability(value);
    if (answer !== undefined) return answer;
    const shown = displayText(value);
    this.report(column, shown, messages.notSuitability(column.heading, shown), 'warning', false);
    return null;
  }

  placementLocation(key: string): 'in' | 'out' | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const answer = parsePlacementLocation(value);
    if (answer !== undefined) return answer;
    const shown = displayText(value);
    this.report(column, shown, messages.notLocation(column.heading, shown), 'warning', false);
    return null;
  }

  /** A whole number ≥ 0; blank or bad gives `whenMissing` (bad is reported). */
  count<T extends number | null>(key: string, whenMissing: T): number | T {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return whenMissing;
    const count = parseCount(value);
    if (count !== undefined) return count;
    const shown = displayText(value);
    const message = whenMissing === 0 ? messages.notCountAsZero(column.heading, shown) : messages.notCountAsBlank(column.heading, shown);
    this.report(column, shown, message, 'warning', false);
    return whenMissing;
  }

  /** An end date before its start date: a warning, and the row is left out. */
  checkOrder(startKey: string, start: Day | null, endKey: string, end: Day | null): void {
    if (start === null || end === null || end >= start) return;
    const startColumn = this.columns.get(startKey);
    const endColumn = this.columns.get(endKey);
    if (startColumn === undefined || endColumn === undefined) return;
    const endText = ukFromDay(end);
    this.report(endColumn, endText, messages.endBeforeStart(endColumn.heading, endText, startColumn.heading, ukFromDay(start)), 'warning', true);
  }

  /** The cell of a column, or null when absent, blank or an Excel error (errors are warned about). */
  private value(column: ResolvedColumn | undefined): CellValue {
    if (column === undefined) return null;
    const value = this.cells[column.index];
    if (isBlankCell(value)) return null;
    const error = excelErrorOf(value);
    if (error !== null) {
      this.report(column, this.isChildIdentifying(column) ? null : error, messages.excelError(column.heading, error), 'warning', false);
      return null;
    }
    return value;
  }

  private shown(column: ResolvedColumn, value: CellValue): string | null {
    return this.isChildIdentifying(column) ? null : displayText(value);
  }

  /**
   * Invalid text dates that would be valid month-first (`12/25/2021`): counted per column, so
   * read-list.ts can say once that a whole column looks US-ordered. Only the failure path pays.
   */
  private noteBadDate(column: ResolvedColumn, value: CellValue): void {
    if (typeof value !== 'string' || !isMonthFirstOnly(value)) return;
    const seen = this.monthFirst.get(column.key);
    if (seen) seen.count++;
    else this.monthFirst.set(column.key, { column, count: 1, firstRow: this.row });
  }

  private isChildIdentifying(column: ResolvedColumn): boolean {
    return CHILD_IDENTIFYING.has(column.key);
  }

  private report(column: ResolvedColumn, value: string | null, message: string, severity: Problem['severity'], excludes: boolean): void {
    if (excludes) this.excluded = true;
    this.problems.push({
      list: this.list,
      sheet: this.sheet,
      row: this.row,
      column: column.heading,
      columnIndex: column.columnIndex,
      value,
      message,
      severity,
      excluded: excludes,
    });
  }
}

/** Longest cell text echoed in a message; longer text (a CSV cell can exceed Excel's 32,767) is cut, with its length. */
export const SHOWN_TEXT_LIMIT = 200;

function displayText(value: CellValue): string {
  const text = cellToText(value);
  if (text.length <= SHOWN_TEXT_LIMIT) return text;
  return `${text.slice(0, 40)}… (${text.length.toLocaleString('en-GB')} characters)`;
}

function isFormulaText(value: CellValue): boolean {
  return typeof value === 'string' && value.trimStart().startsWith('=');
}

const NUMERIC_DATE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:[\sT]|$)/;

/** `a/b/yyyy` with a ≤ 12 < b ≤ 31: impossible day-first, a real date month-first. */
export function isMonthFirstOnly(text: string): boolean {
  const match = NUMERIC_DATE.exec(text);
  if (match === null) return false;
  const first = Number(match[1]);
  const second = Number(match[2]);
  return first >= 1 && first <= 12 && second > 12 && second <= 31;
}

/** `a/b/yyyy` with 12 < a ≤ 31: evidence the column is day-first. */
export function isDayFirstOnly(text: string): boolean {
  const match = NUMERIC_DATE.exec(text);
  if (match === null) return false;
  const first = Number(match[1]);
  const second = Number(match[2]);
  return first > 12 && first <= 31 && second >= 1 && second <= 12;
}

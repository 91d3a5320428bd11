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
      this.report(column, shown, messages.invalidRequiredDate(column.heading, shown), 'error', true);
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
      this.report(column, shown, messages.invalidDate(column.heading, shown), 'warning', false);
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
      const shown = cellToText(value);
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
    const shown = cellToText(value);
    this.report(column, shown, messages.notYesNo(column.heading, shown), 'warning', false);
    return null;
  }

  suitability(key: string): boolean | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const answer = parseSuitability(value);
    if (answer !== undefined) return answer;
    const shown = cellToText(value);
    this.report(column, shown, messages.notSuitability(column.heading, shown), 'warning', false);
    return null;
  }

  placementLocation(key: string): 'in' | 'out' | null {
    const column = this.columns.get(key);
    const value = this.value(column);
    if (value === null || column === undefined) return null;
    const answer = parsePlacementLocation(value);
    if (answer !== undefined) return answer;
    const shown = cellToText(value);
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
    const shown = cellToText(value);
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
    return this.isChildIdentifying(column) ? null : cellToText(value);
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

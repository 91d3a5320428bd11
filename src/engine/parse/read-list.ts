/**
 * Reads one matched sheet as one list: heading row, then every data row below it through the
 * list's parser. Blank rows are skipped silently; worksheet row numbers honour
 * SourceSheet.firstRow / firstColumn.
 */
import type { BaseRow, DayRange, ListReadInfo } from '../lists';
import type { Day, Problem, SourceSheet } from '../types';
import { isBlankRow } from './cell-text';
import { COL, LIST_COLUMNS } from './columns';
import type { ResolvedColumn } from './headings';
import { resolveHeadings } from './headings';
import type { ListParser } from './lists/list-parser';
import { messages } from './messages';
import { RowReader } from './row-reader';

export type ListReadResult<R> =
  | { ok: true; rows: R[]; info: ListReadInfo; births: DayRange; problems: Problem[] }
  | { ok: false; problems: Problem[] };

export function readList<R extends BaseRow>(sheet: SourceSheet, parser: ListParser<R>): ListReadResult<R> {
  const headings = resolveHeadings(sheet, parser.list);
  if (!headings.ok) return { ok: false, problems: headings.problems };
  const problems = headings.problems;
  const reader = new RowReader(parser.list, sheet.name, headings.columns, problems);
  const firstRow = sheet.firstRow ?? 1;
  const rows: R[] = [];
  const ranges = new DateRanges<R>([...parser.dateFields, 'dateOfBirth']);
  let rowsRead = 0;
  let rowsExcluded = 0;
  const idColumn = headings.columns.get(COL.childId);
  for (let i = headings.headingRowIndex + 1; i < sheet.values.length; i++) {
    const cells = sheet.values[i];
    if (isBlankRow(cells)) continue;
    rowsRead++;
    if (idColumn !== undefined && isHeadingAgain(cells[idColumn.index], idColumn.heading)) {
      rowsExcluded++;
      problems.push(headingAgainProblem(sheet, parser.list, firstRow + i, idColumn));
      continue;
    }
    reader.begin(cells, firstRow + i);
    const row = parser.read(reader);
    if (row === null || reader.excluded) {
      rowsExcluded++;
      continue;
    }
    rows.push(row);
    ranges.see(row);
  }
  if (rowsRead === 0) problems.push(noDataRowsProblem(sheet, parser.list, firstRow + headings.headingRowIndex));
  const info: ListReadInfo = {
    list: parser.list,
    sheet: sheet.name,
    rowsRead,
    rowsExcluded,
    headingRow: firstRow + headings.headingRowIndex,
    columns: LIST_COLUMNS[parser.list].optional.filter((key) => headings.columns.has(key)),
    earliest: ranges.earliest(parser.dateFields),
    latest: ranges.latest(parser.dateFields),
    fieldColumns: fieldColumns(parser, headings.columns),
  };
  return { ok: true, rows, info, births: ranges.range('dateOfBirth'), problems };
}

/**
 * The earliest and latest value of each date field (and of the dates of birth) over the rows kept.
 * The period checks read them to skip a list none of whose dates can be out of range
 * (engine/parse/period-checks.ts), so the usual clean list costs one comparison per date here
 * instead of a second pass there.
 */
class DateRanges<R> {
  private readonly low: (Day | null)[];
  private readonly high: (Day | null)[];

  constructor(private readonly fields: readonly (keyof R & string)[]) {
    this.low = fields.map(() => null);
    this.high = fields.map(() => null);
  }

  see(row: R): void {
    for (let f = 0; f < this.fields.length; f++) {
      const day = row[this.fields[f]] as unknown as Day | null;
      if (day === null) continue;
      const low = this.low[f];
      if (low === null || day < low) this.low[f] = day;
      const high = this.high[f];
      if (high === null || day > high) this.high[f] = day;
    }
  }

  range(field: keyof R & string): DayRange {
    const f = this.fields.indexOf(field);
    return { earliest: this.low[f] ?? null, latest: this.high[f] ?? null };
  }

  earliest(fields: readonly (keyof R & string)[]): Record<string, Day | null> {
    return this.byField(fields, this.low);
  }

  latest(fields: readonly (keyof R & string)[]): Record<string, Day | null> {
    return this.byField(fields, this.high);
  }

  private byField(fields: readonly (keyof R & string)[], values: readonly (Day | null)[]): Record<string, Day | null> {
    const result: Record<string, Day | null> = {};
    for (const field of fields) result[field] = values[this.fields.indexOf(field)] ?? null;
    return result;
  }
}

function fieldColumns<R extends BaseRow>(
  parser: ListParser<R>,
  columns: ReadonlyMap<string, ResolvedColumn>,
): Record<string, { heading: string; columnIndex: number }> {
  const located: Record<string, { heading: string; columnIndex: number }> = {};
  for (const [field, key] of Object.entries(parser.fieldColumns) as [string, string][]) {
    const column = columns.get(key);
    if (column) located[field] = { heading: column.heading, columnIndex: column.columnIndex };
  }
  return located;
}

function noDataRowsProblem(sheet: SourceSheet, list: ListReadInfo['list'], headingRow: number): Problem {
  return {
    list,
    sheet: sheet.name,
    row: headingRow,
    column: null,
    columnIndex: null,
    value: null,
    message: messages.noDataRows(sheet.name, list),
    severity: 'warning',
  };
}

/**
 * The ID cell holds the ID column's own heading: the heading row pasted again inside the list.
 * (The length test first: an ID is rarely as long as its heading, so the usual row costs one comparison.)
 */
function isHeadingAgain(cell: unknown, heading: string): boolean {
  return typeof cell === 'string' && cell.length >= heading.length && cell.trim() === heading;
}

function headingAgainProblem(sheet: SourceSheet, list: ListReadInfo['list'], row: number, idColumn: ResolvedColumn): Problem {
  return {
    list,
    sheet: sheet.name,
    row,
    column: idColumn.heading,
    columnIndex: idColumn.columnIndex,
    value: null,
    message: messages.headingRowAgain(sheet.name),
    severity: 'warning',
    excluded: true,
  };
}

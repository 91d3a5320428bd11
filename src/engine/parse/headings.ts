/**
 * Finding the heading row of a list and mapping its columns (inputs.md "Heading matching"):
 * the first of the first 5 rows that holds every required heading. Column positions are worked
 * out once per sheet, so reading a row is plain array indexing.
 */
import type { CellValue, ListNumber, Problem, SourceSheet } from '../types';
import { isBlankCell } from './cell-text';
import { columnLetters } from '../column-letters';
import { DISPLAY_HEADINGS, LIST_COLUMNS } from './columns';
import type { MatchStrength } from './heading-match';
import { matchHeading } from './heading-match';
import { messages } from './messages';

const HEADING_ROWS_SEARCHED = 5;

export interface ResolvedColumn {
  /** Canonical key (normalised heading). */
  key: string;
  /** The heading as found on the sheet, trimmed. */
  heading: string;
  /** Position in the row arrays of SourceSheet.values. */
  index: number;
  /** Worksheet column index (0 = A). */
  columnIndex: number;
  /** How the heading matched (heading-match.ts): an exact name beats a pattern for the same column. */
  strength: MatchStrength;
}

export type HeadingResult =
  | { ok: true; headingRowIndex: number; columns: Map<string, ResolvedColumn>; problems: Problem[] }
  | { ok: false; problems: Problem[] };

interface RowHeadings {
  /** Canonical key → every column holding it, in sheet order. */
  byKey: Map<string, ResolvedColumn[]>;
  /** Every non-blank heading text in the row. */
  found: string[];
}

export function resolveHeadings(sheet: SourceSheet, list: ListNumber): HeadingResult {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 0;
  const required = LIST_COLUMNS[list].required;
  const rowsToSearch = Math.min(HEADING_ROWS_SEARCHED, sheet.values.length);
  const candidates: RowHeadings[] = [];
  for (let i = 0; i < rowsToSearch; i++) {
    const headings = readRowHeadings(sheet.values[i] ?? [], list, firstColumn);
    if (required.every((key) => headings.byKey.has(key))) {
      return acceptHeadingRow(sheet, list, i, firstRow + i, headings);
    }
    candidates.push(headings);
  }
  return { ok: false, problems: [missingHeadingsProblem(sheet, list, candidates)] };
}

function readRowHeadings(cells: readonly CellValue[], list: ListNumber, firstColumn: number): RowHeadings {
  const byKey = new Map<string, ResolvedColumn[]>();
  const found: string[] = [];
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    if (isBlankCell(cell)) continue;
    const heading = String(cell).trim();
    // A merged title repeats in every cell of its row: list each text once.
    if (!found.includes(heading)) found.push(heading);
    const match = matchHeading(list, heading);
    if (match === null) continue;
    const key = match.key;
    const column: ResolvedColumn = { key, heading, index: j, columnIndex: firstColumn + j, strength: match.strength };
    const existing = byKey.get(key);
    if (existing) existing.push(column);
    else byKey.set(key, [column]);
  }
  return { byKey, found };
}

function acceptHeadingRow(sheet: SourceSheet, list: ListNumber, index: number, rowNumber: number, headings: RowHeadings): HeadingResult {
  const requiredKeys = new Set(LIST_COLUMNS[list].required);
  const problems: Problem[] = [];
  const columns = new Map<string, ResolvedColumn>();
  let rejected = false;
  for (const [key, all] of headings.byKey) {
    // A heading that names the column outright wins over one a LIIA pattern only guesses at
    // ("Date of Contact" beside "Date of contact outcome"): only the strongest count as duplicates.
    const strongest = Math.max(...all.map((column) => column.strength));
    const occurrences = all.filter((column) => column.strength === strongest);
    columns.set(key, occurrences[0]);
    if (occurrences.length === 1) continue;
    const letters = occurrences.map((column) => columnLetters(column.columnIndex));
    const isRequired = requiredKeys.has(key);
    if (isRequired) rejected = true;
    problems.push({
      list,
      sheet: sheet.name,
      row: rowNumber,
      column: occurrences[1].heading,
      columnIndex: occurrences[1].columnIndex,
      value: null,
      message: isRequired
        ? messages.duplicatedHeading(sheet.name, list, occurrences[0].heading, letters)
        : messages.duplicatedOptionalHeading(sheet.name, occurrences[0].heading, letters),
      severity: isRequired ? 'error' : 'warning',
    });
  }
  return rejected ? { ok: false, problems } : { ok: true, headingRowIndex: index, columns, problems };
}

function score(row: RowHeadings): number {
  return row.byKey.size * 10_000 + row.found.length;
}

/** Names the missing required headings of the row that looks most like a heading row. */
function missingHeadingsProblem(sheet: SourceSheet, list: ListNumber, candidates: RowHeadings[]): Problem {
  // Most recognised headings first, then most distinct texts (a title row has one); ties: the earlier row.
  let best: RowHeadings | undefined;
  for (const candidate of candidates) {
    if (best === undefined || score(candidate) > score(best)) best = candidate;
  }
  const missing = LIST_COLUMNS[list].required.filter((key) => !best?.byKey.has(key)).map((key) => DISPLAY_HEADINGS[key] ?? key);
  return {
    list,
    sheet: sheet.name,
    row: null,
    column: null,
    columnIndex: null,
    value: null,
    message: messages.missingHeadings(sheet.name, list, missing, best?.found ?? []),
    severity: 'error',
  };
}

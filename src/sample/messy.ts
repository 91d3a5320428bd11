/**
 * The messy sample: the same records written the way real extracts arrive (inputs.md "Cell
 * values"): dates as DD/MM/YYYY, ISO or two-digit-year text, some with a time part; codes with and
 * without their letter prefix, bare codes, bare descriptions, odd case; Yes/No as Y/N/1/0/TRUE;
 * IDs as text; stray white space; a few #N/A cells; a few blank rows; about 0.1% impossible dates
 * and end-before-start rows; headings with curly quotes and trailing spaces.
 */
import { excelSerialFromDay, isoFromDay, ukFromDay, ymdFromDay } from '../engine/dates';
import type { CellValue, SourceSheet } from '../engine/types';
import { isTagged, type SampleCell, type SampleList, type TaggedCell } from './cells';
import type { Code } from './codes';
import { Rng } from './prng';

const BLANK_ROW_SHARE = 0.002;
const INVALID_DATE_SHARE = 0.001;
const END_BEFORE_START_SHARE = 0.001;
const NA_SHARE = 0.003;
const PADDED_SHARE = 0.03;

/** Columns that must never be broken by #N/A (the row's identity and its required date). */
function protectedColumns(list: SampleList): Set<number> {
  return new Set([list.headings.indexOf('Child Unique ID'), list.requiredDateColumn, list.headings.indexOf('Date of Birth')]);
}

export function renderMessySheet(list: SampleList, rng: Rng): SourceSheet {
  const width = list.headings.length;
  const keep = protectedColumns(list);
  const rows: CellValue[][] = [[list.title, ...new Array<CellValue>(width - 1).fill(null)], list.headings.map(messyHeading)];
  for (const source of list.rows) {
    if (rng.chance(BLANK_ROW_SHARE)) rows.push(new Array<CellValue>(width).fill(null));
    const row = [...source];
    breakDates(row, list, rng);
    rows.push(row.map((cell, column) => (keep.has(column) ? messyCell(cell, rng) : messyOptionalCell(cell, rng))));
  }
  return { name: list.sheetName, values: rows };
}

/** ~0.1% rows get an impossible date, ~0.1% (of lists with an end) an end before the start. */
function breakDates(row: SampleCell[], list: SampleList, rng: Rng): void {
  const start = row[list.requiredDateColumn];
  if (rng.chance(INVALID_DATE_SHARE)) {
    const column = list.endDateColumn !== null && row[list.endDateColumn] !== null && rng.chance(0.5) ? list.endDateColumn : list.requiredDateColumn;
    const cell = row[column];
    if (isTagged(cell) && cell.kind === 'date') row[column] = impossibleDate(cell.day, rng);
    return;
  }
  if (list.endDateColumn !== null && rng.chance(END_BEFORE_START_SHARE) && isTagged(start) && start.kind === 'date') {
    row[list.endDateColumn] = { kind: 'date', day: start.day - rng.int(1, 40) };
  }
}

/** 31 February, 30 February, 31 April and the like, in the year of the real date. */
function impossibleDate(day: number, rng: Rng): string {
  const year = ymdFromDay(day).year;
  return rng.pick([`31/02/${year}`, `30/02/${year}`, `31/04/${year}`, `31/06/${year}`, `31/09/${year}`]);
}

function messyOptionalCell(cell: SampleCell, rng: Rng): CellValue {
  if (cell !== null && rng.chance(NA_SHARE)) return '#N/A';
  return messyCell(cell, rng);
}

export function messyCell(cell: SampleCell, rng: Rng): CellValue {
  if (isTagged(cell)) return messyTagged(cell, rng);
  if (typeof cell === 'string' && rng.chance(PADDED_SHARE)) return pad(cell, rng);
  return cell;
}

function messyTagged(cell: TaggedCell, rng: Rng): CellValue {
  switch (cell.kind) {
    case 'date':
      return messyDate(cell.day, rng);
    case 'code':
      return messyCode(cell.code, rng);
    case 'yesNo':
      return messyYesNo(cell.yes, rng);
    case 'id':
      return messyId(cell.id, rng);
  }
}

export function messyDate(day: number, rng: Rng): CellValue {
  const roll = rng.next();
  if (roll < 0.3) return excelSerialFromDay(day);
  if (roll < 0.6) return ukFromDay(day);
  if (roll < 0.72) return isoFromDay(day);
  if (roll < 0.82) return `${ukFromDay(day)} 00:00`;
  if (roll < 0.9) {
    const { year, month, day: dom } = ymdFromDay(day);
    return `${dom}/${month}/${year}`;
  }
  const { year } = ymdFromDay(day);
  // Two-digit years are read as 20YY, so only dates from 2000 on are written that way.
  if (year >= 2000) return `${ukFromDay(day).slice(0, 6)}${String(year).slice(2)}`;
  return ukFromDay(day);
}

export function messyCode(code: Code, rng: Rng): CellValue {
  const roll = rng.next();
  const withoutPrefix = code.full.replace(/^[a-z]{1,2}\d?\)\s*/, '');
  if (roll < 0.35) return code.full;
  if (roll < 0.55) return withoutPrefix;
  if (roll < 0.7) return code.code;
  if (roll < 0.8 && code.descriptionUnique) return rng.chance(0.5) ? code.description : code.description.toUpperCase();
  if (roll < 0.88) return code.full.toUpperCase();
  if (roll < 0.95) return code.code.toLowerCase();
  return pad(code.full, rng);
}

export function messyYesNo(yes: boolean, rng: Rng): CellValue {
  const forms: readonly CellValue[] = yes
    ? ['a) Yes', 'Yes', 'Y', '1', 1, 'TRUE', true, 'yes', ' Y ']
    : ['b) No', 'No', 'N', '0', 0, 'FALSE', false, 'no', ' N '];
  return rng.pick(forms);
}

function messyId(id: number | string, rng: Rng): CellValue {
  if (typeof id === 'string') return rng.chance(0.05) ? ` ${id} ` : id;
  const roll = rng.next();
  if (roll < 0.2) return String(id);
  if (roll < 0.22) return ` ${id} `;
  return id;
}

function pad(text: string, rng: Rng): string {
  return rng.pick([` ${text}`, `${text} `, `  ${text}  `, `${text}\u00a0`]);
}

/** Headings as they come out of real spreadsheets: curly apostrophes, trailing spaces, odd case. */
export function messyHeading(heading: string): string {
  const curly = heading.replace(/'/g, '’');
  switch (heading) {
    case 'Date of referral':
      return 'Date of Referral ';
    case 'Referral NFA?':
      return 'Referral NFA? ';
    case 'Child Unique ID':
      return 'Child Unique ID ';
    case 'Date of Contact':
      return 'Date of contact';
    case 'Postcode':
      return 'Postcode ';
    default:
      return curly;
  }
}

/**
 * One worksheet part → rows of cell values from worksheet row 1, as the engine wants them:
 * numbers stay numbers, date-formatted numbers become Dates (UTC midnight + time of day), formula
 * cells give their cached result, rich and inline text become plain text, error cells become
 * their text ('#N/A'), booleans stay booleans. Rows are padded with null to the sheet's width.
 */
import type { CellValue } from '../engine/types';
import { decodeXmlText, textOfRuns } from './xml-text';

export interface SheetContext {
  sharedStrings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 system; the 1904 system is 1462 days behind. */
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const DATE_1904_OFFSET = 1_462;

export function parseSheetXml(xml: string, context: SheetContext): CellValue[][] {
  const rows: CellValue[][] = [];
  let width = 0;
  let nextRow = 1;
  const rowTag = /<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g;
  for (let m = rowTag.exec(xml); m; m = rowTag.exec(xml)) {
    const number = numberAttribute(m[1], 'r') ?? nextRow;
    nextRow = number + 1;
    if (m[3] === undefined) continue;
    const cells = parseRowCells(m[3], context);
    if (cells.length === 0) continue;
    rows[number - 1] = cells;
    width = Math.max(width, cells.length);
  }
  return padRows(rows, width);
}

function parseRowCells(rowXml: string, context: SheetContext): CellValue[] {
  const cells: CellValue[] = [];
  let nextColumn = 0;
  const cellTag = /<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g;
  for (let m = cellTag.exec(rowXml); m; m = cellTag.exec(rowXml)) {
    const reference = stringAttribute(m[1], 'r');
    const column = reference ? columnIndex(reference) : nextColumn;
    nextColumn = column + 1;
    const value = m[3] === undefined ? null : cellValue(m[1], m[3], context);
    if (value === null) continue;
    while (cells.length < column) cells.push(null);
    cells[column] = value;
  }
  return cells;
}

function cellValue(attributes: string, inner: string, context: SheetContext): CellValue {
  const type = stringAttribute(attributes, 't') ?? 'n';
  if (type === 'inlineStr') return textOfRuns(inner);
  const raw = elementText(inner, 'v');
  if (raw === null) return null;
  switch (type) {
    case 's':
      return context.sharedStrings[Number(raw)] ?? null;
    case 'str':
    case 'e':
      return decodeXmlText(raw);
    case 'b':
      return raw === '1' || raw === 'true';
    case 'd':
      return new Date(raw);
    default:
      return numberOrDate(Number(raw), numberAttribute(attributes, 's') ?? 0, context);
  }
}

function numberOrDate(value: number, style: number, context: SheetContext): CellValue {
  if (!Number.isFinite(value) || !context.dateStyles[style]) return value;
  return dateFromSerial(value, context.date1904);
}

/** Excel serial → Date at that UTC day and time. Serials below 61 skip Excel's fictitious 29/02/1900. */
export function dateFromSerial(serial: number, date1904: boolean): Date {
  const offset = date1904 ? UNIX_EPOCH_SERIAL_1900 - DATE_1904_OFFSET : serial < 61 ? UNIX_EPOCH_SERIAL_1900 - 1 : UNIX_EPOCH_SERIAL_1900;
  return new Date(Math.round((serial - offset) * MS_PER_DAY));
}

function elementText(inner: string, name: string): string | null {
  const open = inner.indexOf(`<${name}`);
  if (open < 0) return null;
  const start = inner.indexOf('>', open) + 1;
  if (inner[start - 2] === '/') return null;
  const end = inner.indexOf(`</${name}>`, start);
  return end < 0 ? null : inner.slice(start, end);
}

function stringAttribute(attributes: string, name: string): string | null {
  const at = attributes.indexOf(` ${name}="`);
  if (at < 0) return null;
  const start = at + name.length + 3;
  return attributes.slice(start, attributes.indexOf('"', start));
}

function numberAttribute(attributes: string, name: string): number | null {
  const text = stringAttribute(attributes, name);
  return text === null ? null : Number(text);
}

/** "AB12" → 27 (0 = A). */
export function columnIndex(reference: string): number {
  let index = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function padRows(rows: CellValue[][], width: number): CellValue[][] {
  const padded: CellValue[][] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] ?? [];
    while (row.length < width) row.push(null);
    padded[r] = row;
  }
  return padded;
}

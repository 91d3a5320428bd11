/**
 * Writes 2-D values into a new sheet in row chunks of about 1 MB a sync. Text is formatted "@"
 * first so IDs like "00123" stay text and nothing is read as a formula; numbers under a date
 * heading get dd/mm/yyyy.
 */
import type { CellValue } from '../engine/types';
import { excelSerialFromDay } from '../engine/dates';

export const WRITE_BUDGET_BYTES = 1_000_000;
const DAY_MS = 86_400_000;

function toExcel(value: CellValue): string | number | boolean | null {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return excelSerialFromDay(Math.floor(value.getTime() / DAY_MS));
  return value;
}

function formatOf(value: CellValue, heading: string): string | null {
  if (typeof value === 'string') return '@';
  if ((typeof value === 'number' || value instanceof Date) && /date|dob/i.test(heading)) return 'dd/mm/yyyy';
  return null;
}

/** `headingRow` is the index in `values` of the headings (for date formats). */
export async function writeValuesInChunks(context: Excel.RequestContext, sheet: Excel.Worksheet, values: CellValue[][], headingRow = 0): Promise<number> {
  const width = Math.max(1, ...values.map((r) => r.length));
  const headings = (values[headingRow] ?? []).map((h) => String(h ?? ''));
  let syncs = 0;
  let start = 0;
  while (start < values.length) {
    let bytes = 0;
    let end = start;
    while (end < values.length && (end === start || bytes < WRITE_BUDGET_BYTES)) {
      bytes += JSON.stringify(values[end]).length * 2 + 20;
      end += 1;
    }
    const rows = values.slice(start, end).map((r) => Array.from({ length: width }, (_, c) => r[c]));
    const range = sheet.getRangeByIndexes(start, 0, rows.length, width);
    range.numberFormat = rows.map((r) => r.map((v, c) => formatOf(v, headings[c] ?? ''))) as unknown as string[][];
    range.values = rows.map((r) => r.map(toExcel)) as unknown as (string | number | boolean)[][];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per ~1 MB chunk is the point: it keeps requests under 5 MB
    await context.sync();
    syncs += 1;
    start = end;
  }
  return syncs;
}

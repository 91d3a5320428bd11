/**
 * A folder of CSV files (outputs.md "Command line") is read as the lists: the same extracts
 * exported as CSV, dates as DD/MM/YYYY text the way case-management systems write them, give
 * exactly the figures that the worksheet values give.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsvFolder } from '../../src/io/read-csv-folder';
import { headingRowIndex, isDateHeading } from '../../src/io/write-sheets-xlsx';
import { buildResults } from '../../src/engine/build';
import { defaultSettings } from '../../src/engine/settings/defaults';
import { dayFromExcelSerial, dayFromYmd, ukFromDay } from '../../src/engine/dates';
import { generateSample } from '../../src/sample/generate';
import type { CellValue, SourceSheet } from '../../src/engine/types';

function csvCell(value: CellValue, isDate: boolean): string {
  if (value === null || value === undefined) return '';
  const text = isDate && typeof value === 'number' ? ukFromDay(dayFromExcelSerial(value)) : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeCsvFolder(sheets: SourceSheet[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'csc-csv-build-'));
  for (const sheet of sheets) {
    const headingRow = headingRowIndex(sheet.values);
    const dateColumns = (sheet.values[headingRow] ?? []).map(isDateHeading);
    const lines = sheet.values.map((row, r) => row.map((v, c) => csvCell(v, r > headingRow && dateColumns[c])).join(','));
    writeFileSync(join(folder, `${sheet.name}.csv`), `\ufeff${lines.join('\r\n')}\r\n`);
  }
  return folder;
}

test('CSV exports with DD/MM/YYYY dates give the same results as the worksheet values', async () => {
  const sheets = generateSample({ scale: 0.2, messy: false, seed: 11 });
  const settings = { ...defaultSettings(), financialYear: 2021, quarter: 2 as const };
  const options = { today: dayFromYmd(2021, 10, 15), version: 'test' };
  const fromSheets = buildResults(sheets, settings, options).results;
  const fromCsv = buildResults(await readCsvFolder(writeCsvFolder(sheets)), settings, options).results;
  expect(fromCsv.indicators.filter((i) => i.available)).toHaveLength(23);
  expect(fromCsv.indicators).toEqual(fromSheets.indicators);
  expect(fromCsv.districts).toEqual(fromSheets.districts);
});

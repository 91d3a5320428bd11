/**
 * Node: a folder of .csv files → SourceSheet[], one sheet per file named after the file without
 * its extension (`List_1.csv` → `List_1`), in natural name order (List_2 before List_10), so the engine matches them like sheets.
 * Empty cells become null (a blank cell, as a worksheet gives it); other cells stay text.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { CellValue, SourceSheet } from '../engine/types';
import { parseCsvValues } from './csv';

export async function readCsvFolder(folder: string): Promise<SourceSheet[]> {
  const sheets: SourceSheet[] = [];
  await forEachCsvSheet(folder, (sheet) => sheets.push(sheet));
  return sheets;
}

/**
 * The folder's sheets one at a time: each file is read, split and handed over before the next is
 * read, so a caller that parses and drops each sheet holds one file's values at a time.
 * Returns the number of sheets.
 */
export async function forEachCsvSheet(folder: string, onSheet: (sheet: SourceSheet) => void): Promise<number> {
  const names = (await readdir(folder)).filter((name) => extname(name).toLowerCase() === '.csv').sort(naturalOrder);
  for (const name of names) {
    const text = await readFile(join(folder, name), 'utf8');
    onSheet({ name: basename(name, extname(name)), values: csvToValues(text), firstRow: 1, firstColumn: 0 });
  }
  return names.length;
}

export function csvToValues(text: string): CellValue[][] {
  return parseCsvValues(text);
}

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

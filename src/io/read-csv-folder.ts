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
  const names = (await readdir(folder)).filter((name) => extname(name).toLowerCase() === '.csv').sort(naturalOrder);
  const sheets: SourceSheet[] = [];
  for (const name of names) {
    const text = await readFile(join(folder, name), 'utf8');
    sheets.push({ name: basename(name, extname(name)), values: csvToValues(text), firstRow: 1, firstColumn: 0 });
  }
  return sheets;
}

export function csvToValues(text: string): CellValue[][] {
  return parseCsvValues(text);
}

function naturalOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/**
 * Node: the command line's input → SourceSheet[]. A folder is read as CSV files, a file as an
 * .xlsx workbook (.xlsm too: the same format). Errors name the path and what was expected.
 */
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceSheet } from '../engine/types';
import { readCsvFolder } from './read-csv-folder';
import { readXlsx } from './read-xlsx';

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);

export async function readInput(path: string): Promise<SourceSheet[]> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`input not found: ${path}`);
  if (info.isDirectory()) {
    const sheets = await readCsvFolder(path);
    if (sheets.length === 0) throw new Error(`no .csv files in the folder ${path}`);
    return sheets;
  }
  if (!WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new Error(`cannot read ${path}: expected an .xlsx workbook or a folder of .csv files`);
  }
  return readXlsx(path);
}

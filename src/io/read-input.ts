/**
 * Node: the command line's input → SourceSheet[]. A folder is read as CSV files, a file as an
 * .xlsx workbook (.xlsm too: the same format). Errors name the path and what was expected.
 */
import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SourceSheet } from '../engine/types';
import { forEachCsvSheet } from './read-csv-folder';
import { forEachXlsxSheet } from './read-xlsx';

const WORKBOOK_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
const LEGACY_EXTENSIONS = new Set(['.xls', '.xlt']);
/** The first bytes of an OLE2 compound file: what Excel 97–2003 saves, whatever the file is called. */
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The one wording for a legacy workbook, whichever way it was recognised (docs/bad-input.md). */
export function legacyWorkbookMessage(path: string): string {
  return (
    `cannot read ${path}: it is an Excel 97-2003 workbook (.xls), which this tool does not read. ` +
    'Open it in Excel and use File > Save As > Excel Workbook (*.xlsx), then build from the .xlsx file'
  );
}

export async function readInput(path: string): Promise<SourceSheet[]> {
  const sheets: SourceSheet[] = [];
  await forEachInputSheet(path, (sheet) => sheets.push(sheet));
  return sheets;
}

/**
 * readInput one sheet at a time (see forEachCsvSheet, forEachXlsxSheet): the command line parses
 * each sheet as it arrives and keeps only the parsed lists.
 */
export async function forEachInputSheet(path: string, onSheet: (sheet: SourceSheet) => void): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new Error(`input not found: ${path}`);
  if (info.isDirectory()) {
    if ((await forEachCsvSheet(path, onSheet)) === 0) throw new Error(`no .csv files in the folder ${path}`);
    return;
  }
  const extension = extname(path).toLowerCase();
  if (LEGACY_EXTENSIONS.has(extension) || (WORKBOOK_EXTENSIONS.has(extension) && (await startsWithOle2(path)))) {
    throw new Error(legacyWorkbookMessage(path));
  }
  if (!WORKBOOK_EXTENSIONS.has(extension)) {
    throw new Error(`cannot read ${path}: expected an .xlsx workbook or a folder of .csv files`);
  }
  forEachXlsxSheet(await readFile(path), onSheet);
}

async function startsWithOle2(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(OLE2_SIGNATURE.length);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return bytesRead === head.length && head.equals(OLE2_SIGNATURE);
  } finally {
    await file.close();
  }
}

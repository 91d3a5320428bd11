/**
 * The workbook-level parts of an .xlsx that cell reading needs: the sheet list (names in tab
 * order and their part paths), the date system, the shared strings, and which cell styles are
 * date formats (so a date stays a Date rather than a serial number).
 */
import type { ZipArchive } from '../zip/read-zip';
import { attribute, decodeXmlText, textOfRuns } from './xml-text';

export interface SheetPart {
  name: string;
  /** Path of the worksheet part inside the archive, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

/** Built-in number formats that Excel displays as dates or times (ECMA-376 18.8.30 and locale ids). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

export function partText(zip: ZipArchive, path: string): string | null {
  const bytes = zip.read(path);
  return bytes ? bytes.toString('utf8') : null;
}

function requiredPart(zip: ZipArchive, path: string): string {
  const text = partText(zip, path);
  if (text === null) throw new Error(`not an Excel workbook: ${path} is missing`);
  return text;
}

/** Worksheets in tab order (chart sheets and dialog sheets left out). */
export function readSheetParts(zip: ZipArchive): SheetPart[] {
  const workbook = requiredPart(zip, 'xl/workbook.xml');
  const targets = relationshipTargets(requiredPart(zip, 'xl/_rels/workbook.xml.rels'));
  const sheets: SheetPart[] = [];
  const sheetTag = /<sheet\b([^>]*?)\/?>/g;
  for (let m = sheetTag.exec(workbook); m; m = sheetTag.exec(workbook)) {
    const name = attribute(m[1], 'name');
    const id = attribute(m[1], 'r:id');
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target && /worksheet$/.test(target.type)) sheets.push({ name, path: resolveTarget(target.target) });
  }
  return sheets;
}

function relationshipTargets(rels: string): Map<string, { target: string; type: string }> {
  const map = new Map<string, { target: string; type: string }>();
  const tag = /<Relationship\b([^>]*?)\/?>/g;
  for (let m = tag.exec(rels); m; m = tag.exec(rels)) {
    const id = attribute(m[1], 'Id');
    const target = attribute(m[1], 'Target');
    if (id && target) map.set(id, { target, type: attribute(m[1], 'Type') ?? '' });
  }
  return map;
}

/** Targets are relative to xl/ unless they start with "/". */
function resolveTarget(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** True when the workbook counts serial numbers from 1904 (old Mac workbooks). */
export function usesDate1904(zip: ZipArchive): boolean {
  const pr = /<workbookPr\b([^>]*)>/.exec(requiredPart(zip, 'xl/workbook.xml'));
  const value = pr ? attribute(pr[1], 'date1904') : null;
  return value === '1' || value === 'true';
}

export function readSharedStrings(zip: ZipArchive): string[] {
  const text = partText(zip, 'xl/sharedStrings.xml');
  if (text === null) return [];
  const strings: string[] = [];
  const item = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = item.exec(text); m; m = item.exec(text)) strings.push(m[1] === undefined ? '' : textOfRuns(m[1]));
  return strings;
}

/** For each cell style index (the `s` attribute of a cell), whether its number format shows a date. */
export function readDateStyles(zip: ZipArchive): boolean[] {
  const styles = partText(zip, 'xl/styles.xml');
  if (styles === null) return [];
  const customDateFormats = new Set<number>();
  const numFmt = /<numFmt\b([^>]*?)\/?>/g;
  for (let m = numFmt.exec(styles); m; m = numFmt.exec(styles)) {
    const id = Number(attribute(m[1], 'numFmtId'));
    if (isDateFormatCode(attribute(m[1], 'formatCode') ?? '')) customDateFormats.add(id);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles);
  if (!cellXfs) return [];
  const result: boolean[] = [];
  const xf = /<xf\b([^>]*?)\/?>/g;
  for (let m = xf.exec(cellXfs[1]); m; m = xf.exec(cellXfs[1])) {
    const id = Number(attribute(m[1], 'numFmtId') ?? 0);
    result.push(BUILT_IN_DATE_FORMATS.has(id) || customDateFormats.has(id));
  }
  return result;
}

/** A custom format shows a date when, outside quoted text, escapes and [colour]/[locale] tags, it has d, m, y (or h/s). */
export function isDateFormatCode(code: string): boolean {
  const bare = decodeXmlText(code)
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0];
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

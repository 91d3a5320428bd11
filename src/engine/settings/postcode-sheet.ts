/**
 * The `Postcode Lookup` sheet: the full-postcode lookup (too long for a block of the settings
 * sheet) and the postcode-sector lookup, side by side.
 *
 * Layout (our decision; docs/cli.md): row 1 holds the headings
 *   A "Postcode" | B "District" | C (blank) | D "Postcode sector" | E "District"
 * and rows 2… the entries (sectors end long before postcodes do).
 *
 * Reading: the heading row is found in the first 5 rows (columns found by heading, so they may
 * move); postcodes and sectors are normalised ("wr12ey" → "WR1 2EY", "wr1 2" → "WR1 2"). A table
 * with at least one valid row replaces the default lookup; a bad row gives a Problem and is skipped.
 */
import { normalisePostcode } from '../districts/postcode';
import type { CellValue, Problem } from '../types';
import { cellText, isBlankCell, normaliseLabel } from './cell-readers';
import { copySettings } from './sheet';
import type { Settings } from './types';

export const POSTCODE_SHEET_NAME = 'Postcode Lookup';
const HEADINGS: CellValue[] = ['Postcode', 'District', null, 'Postcode sector', 'District'];
const SECTOR = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9]$/;
const HEADING_SEARCH_ROWS = 5;

export function postcodeLookupToSheetValues(settings: Settings): CellValue[][] {
  const postcodes = [...settings.postcodes];
  const sectors = [...settings.postcodeSectors];
  const rows: CellValue[][] = [HEADINGS];
  for (let i = 0; i < Math.max(postcodes.length, sectors.length); i++) {
    const [postcode, postcodeDistrict] = postcodes[i] ?? [null, null];
    const [sector, sectorDistrict] = sectors[i] ?? [null, null];
    rows.push([postcode, postcodeDistrict, null, sector, sectorDistrict]);
  }
  return rows;
}

/** Normalised sector "WR1 2", or null when the text is not one. */
export function normaliseSector(raw: string): string | null {
  // With a space, the text says where the outward code ends ("DY10 1"); without one, the last character is the sector digit.
  const spaced = raw.replace(/[\s\u00a0]+/g, ' ').trim().toUpperCase();
  const sector = spaced.includes(' ') ? spaced : `${spaced.slice(0, -1)} ${spaced.slice(-1)}`;
  return SECTOR.test(sector) ? sector : null;
}

interface LookupColumns {
  headingRow: number;
  postcode: number | null;
  sector: number | null;
}

function findColumns(values: CellValue[][]): LookupColumns | null {
  for (let r = 0; r < Math.min(HEADING_SEARCH_ROWS, values.length); r++) {
    const labels = values[r].map(normaliseLabel);
    const postcode = labels.findIndex((l) => l === 'postcode' || l === 'full postcode');
    const sector = labels.findIndex((l) => l === 'postcode sector' || l === 'sector');
    if (postcode >= 0 || sector >= 0) return { headingRow: r, postcode: postcode >= 0 ? postcode : null, sector: sector >= 0 ? sector : null };
  }
  return null;
}

export function readPostcodeLookupSheet(values: CellValue[][], base: Settings): { settings: Settings; problems: Problem[] } {
  const settings = copySettings(base);
  const problems: Problem[] = [];
  const columns = findColumns(values);
  if (!columns) {
    problems.push(lookupProblem(null, null, null, null, 'no heading row with "Postcode" or "Postcode sector" in the first 5 rows; default lookups kept'));
    return { settings, problems };
  }
  const rows = values.slice(columns.headingRow + 1);
  const firstRow = columns.headingRow + 2;
  if (columns.postcode !== null) {
    const map = readLookup(rows, firstRow, columns.postcode, 'Postcode', normalisePostcode, 'a full postcode such as WR1 2EY', problems);
    if (map.size > 0) settings.postcodes = map;
  }
  if (columns.sector !== null) {
    const map = readLookup(rows, firstRow, columns.sector, 'Postcode sector', normaliseSector, 'a postcode sector such as WR1 2', problems);
    if (map.size > 0) settings.postcodeSectors = map;
  }
  return { settings, problems };
}

/** Key column `keyColumn`, district in the column to its right. */
function readLookup(
  rows: CellValue[][],
  firstRow: number,
  keyColumn: number,
  heading: string,
  normalise: (raw: string) => string | null,
  expected: string,
  problems: Problem[],
): Map<string, string> {
  const map = new Map<string, string>();
  rows.forEach((cells, index) => {
    const key = cells[keyColumn];
    const district = cells[keyColumn + 1];
    if (isBlankCell(key) && isBlankCell(district)) return;
    const row = firstRow + index;
    const normalised = isBlankCell(key) ? null : normalise(cellText(key));
    if (normalised === null) {
      problems.push(lookupProblem(row, heading, keyColumn, key, `${heading}: expected ${expected}; row ignored`));
    } else if (isBlankCell(district)) {
      problems.push(lookupProblem(row, 'District', keyColumn + 1, district, `${heading} ${normalised}: expected a district name; row ignored`));
    } else map.set(normalised, cellText(district));
  });
  return map;
}

function lookupProblem(row: number | null, column: string | null, columnIndex: number | null, value: CellValue, message: string): Problem {
  return { list: null, sheet: POSTCODE_SHEET_NAME, row, column, columnIndex, value: isBlankCell(value) ? null : cellText(value), message, severity: 'warning' };
}

/**
 * The `Report Settings` sheet (inputs.md "Settings"), written from and read into `Settings`.
 * Pure: values in, values out; the add-in and the command line do the worksheet I/O.
 *
 * Layout (our decision; docs/cli.md shows it), 4 columns wide:
 *   row 1   "Report Settings" (title)
 *   row 2   a one-line how-to
 *   row 3   blank
 *   row 4   Setting | Value | Notes
 *   rows 5… one row per key setting (key-settings.ts order): label in A, value in B, note in C
 *   blank row, then each table (settings-tables.ts): its title in A, a heading row, one row per
 *   item, a blank row: Targets (summary.md), Districts, Team → district, Bank holidays (Excel
 *   serial dates), Benchmarks.
 *
 * Reading is tolerant: rows are found by their label in column A (case, dashes and punctuation
 * ignored), so rows may move; a blank value keeps the default; a bad value keeps the default and
 * gives a Problem naming the row, the setting and what was expected.
 */
import type { CellValue, Problem } from '../types';
import { cellText, isBlankCell, normaliseLabel } from './cell-readers';
import { KEY_SETTINGS, type KeySetting } from './key-settings';
import { SETTINGS_TABLES, isFault, type SettingsTable, type TableRow } from './settings-tables';
import type { Settings } from './types';

export const SETTINGS_SHEET_NAME = 'Report Settings';
const WIDTH = 4;
const HOW_TO = 'Edit the values in column B and the tables below. A blank value uses the default. Rebuild the report after a change.';

export function settingsToSheetValues(settings: Settings): CellValue[][] {
  const rows: CellValue[][] = [[SETTINGS_SHEET_NAME], [HOW_TO], [], ['Setting', 'Value', 'Notes']];
  for (const key of KEY_SETTINGS) rows.push([key.label, key.write(settings), key.note]);
  for (const table of SETTINGS_TABLES) {
    rows.push([], [table.title], table.headings);
    for (const item of table.items(settings)) rows.push(table.write(item));
  }
  return rows.map(padTo(WIDTH));
}

/** Worksheet rows (1-based) of the bank-holiday dates, so writers can give them a date format. */
export function bankHolidayRows(settings: Settings): { first: number; last: number } {
  const values = settingsToSheetValues(settings);
  const title = values.findIndex((row) => row[0] === 'Bank holidays');
  return { first: title + 3, last: title + 2 + settings.bankHolidays.length };
}

export function readSettingsSheet(values: CellValue[][], base: Settings): { settings: Settings; problems: Problem[] } {
  const settings = copySettings(base);
  const problems: Problem[] = [];
  const keysByLabel = new Map(KEY_SETTINGS.map((key) => [normaliseLabel(key.label), key]));
  const tablesByTitle = new Map(SETTINGS_TABLES.map((table) => [normaliseLabel(table.title), table]));
  const tableRows = new Map<SettingsTable<unknown>, TableRow[]>();
  let currentTable: SettingsTable<unknown> | null = null;
  values.forEach((cells, index) => {
    const label = normaliseLabel(cells[0]);
    const table = tablesByTitle.get(label);
    if (table) {
      currentTable = table;
      tableRows.set(table, []);
      return;
    }
    if (currentTable) {
      if (!isBlankRow(cells) && !isHeadingRow(cells, currentTable)) tableRows.get(currentTable)?.push({ row: index + 1, cells });
      return;
    }
    const key = keysByLabel.get(label);
    if (key) readKey(key, cells[1], index + 1, settings, problems);
  });
  for (const [table, rows] of tableRows) readTable(table, rows, settings, problems);
  return { settings, problems };
}

function readKey(key: KeySetting, value: CellValue, row: number, settings: Settings, problems: Problem[]): void {
  if (isBlankCell(value)) return;
  if (key.read(value, settings)) return;
  problems.push(settingsProblem(row, 'Value', 1, value, `${key.label}: expected ${key.expected}; kept ${key.show(settings)}`));
}

function readTable<Item>(table: SettingsTable<Item>, rows: TableRow[], settings: Settings, problems: Problem[]): void {
  const items: Item[] = [];
  const keys = new Set<string>();
  for (const { row, cells } of rows) {
    const read = table.read(cells);
    if (isFault(read)) {
      const heading = table.headings[read.column];
      problems.push(settingsProblem(row, heading, read.column, cells[read.column], `${table.title}: expected ${read.expected} in ${heading}; row ignored`));
      continue;
    }
    // A table keyed by one column (Targets: the indicator) takes the first row of each key.
    const key = table.keyOf?.(read);
    if (key !== undefined && keys.has(key)) {
      const heading = table.headings[0];
      problems.push(settingsProblem(row, heading, 0, cells[0], `${table.title}: ${heading} ${key} is repeated; the first row is used, this row ignored`));
      continue;
    }
    if (key !== undefined) keys.add(key);
    items.push(read);
  }
  if (items.length > 0) table.apply(settings, items);
}

function settingsProblem(row: number, column: string, columnIndex: number, value: CellValue, message: string): Problem {
  return { list: null, sheet: SETTINGS_SHEET_NAME, row, column, columnIndex, value: isBlankCell(value) ? null : cellText(value), message, severity: 'warning' };
}

function isBlankRow(cells: CellValue[]): boolean {
  return cells.every(isBlankCell);
}

function isHeadingRow(cells: CellValue[], table: SettingsTable<unknown>): boolean {
  return normaliseLabel(cells[0]) === normaliseLabel(table.headings[0]);
}

function padTo(width: number): (row: CellValue[]) => CellValue[] {
  return (row) => [...row, ...new Array<CellValue>(Math.max(0, width - row.length)).fill(null)];
}

/** A copy whose arrays and maps the reader can replace or fill without touching `base`. */
export function copySettings(base: Settings): Settings {
  return {
    ...base,
    districts: base.districts.map((d) => ({ ...d })),
    bankHolidays: [...base.bankHolidays],
    benchmarks: base.benchmarks.map((b) => ({ ...b })),
    postcodes: new Map(base.postcodes),
    postcodeSectors: new Map(base.postcodeSectors),
    teamDistricts: new Map(base.teamDistricts),
    targets: (base.targets ?? []).map((t) => ({ ...t })),
  };
}

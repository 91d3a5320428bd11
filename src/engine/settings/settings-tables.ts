/**
 * The tables of the `Report Settings` sheet below the key/value block: Districts, Team → district,
 * Bank holidays and Benchmarks. Each table is a title row, a heading row, then one row per item.
 * A table with at least one valid row replaces the default list; an empty (or absent) table keeps
 * the default, so deleting every row by mistake cannot leave a report without districts.
 */
import { excelSerialFromDay } from '../dates';
import { parseDateCell } from '../parse/dates';
import type { CellValue } from '../types';
import type { BenchmarkRow, DistrictSetting, Settings, TargetSetting } from './types';
import type { Polarity } from '../summary/types';
import { cellText, invalid, isBlankCell, readNumber, readPositiveNumber, readWholeNumber } from './cell-readers';

/** A table row as read: worksheet row number and its cells. */
export interface TableRow {
  row: number;
  cells: CellValue[];
}

/** A bad cell of a table row: the column (0-based) and what was expected. */
export interface CellFault {
  column: number;
  expected: string;
}

export interface SettingsTable<Item> {
  title: string;
  headings: string[];
  items(settings: Settings): Item[];
  write(item: Item): CellValue[];
  /** The item of a row, or the fault that makes it unusable. */
  read(cells: CellValue[]): Item | CellFault;
  apply(settings: Settings, items: Item[]): void;
  /** Tables keyed by their first column: the key of an item (a repeated key is a problem). */
  keyOf?(item: Item): string;
}

export const DISTRICTS_TABLE: SettingsTable<DistrictSetting> = {
  title: 'Districts',
  headings: ['District', 'Population aged 0-17'],
  items: (s) => s.districts,
  write: (d) => [d.name, d.population],
  read: ([name, population]) => {
    if (isBlankCell(name)) return { column: 0, expected: 'a district name' };
    const count = readPositiveNumber(population);
    return count === invalid ? { column: 1, expected: 'a population greater than 0' } : { name: cellText(name), population: count };
  },
  apply: (s, districts) => (s.districts = districts),
};

export const TEAMS_TABLE: SettingsTable<[string, string]> = {
  title: 'Team → district',
  headings: ['Allocated Team', 'District'],
  items: (s) => [...s.teamDistricts],
  write: (pair) => [...pair],
  read: ([team, district]) => {
    if (isBlankCell(team)) return { column: 0, expected: 'a team name' };
    if (isBlankCell(district)) return { column: 1, expected: 'a district name' };
    return [cellText(team).toLowerCase(), cellText(district)];
  },
  apply: (s, pairs) => (s.teamDistricts = new Map(pairs)),
};

/** Bank holidays are written as Excel serial numbers; the writer gives the column a dd/mm/yyyy format. */
export const BANK_HOLIDAYS_TABLE: SettingsTable<number> = {
  title: 'Bank holidays',
  headings: ['Date'],
  items: (s) => s.bankHolidays,
  write: (day) => [excelSerialFromDay(day)],
  read: ([date]) => {
    const day = isBlankCell(date) ? null : parseDateCell(date);
    return day === null ? { column: 0, expected: 'a date (dd/mm/yyyy)' } : day;
  },
  apply: (s, days) => (s.bankHolidays = [...new Set(days)].sort((a, b) => a - b)),
};

export const BENCHMARKS_TABLE: SettingsTable<BenchmarkRow> = {
  title: 'Benchmarks',
  headings: ['Measure', 'Area', 'Year', 'Value'],
  items: (s) => s.benchmarks,
  write: (b) => [b.measure, b.area, b.year, b.value],
  read: ([measure, area, year, value]) => {
    if (isBlankCell(measure)) return { column: 0, expected: 'a measure name' };
    if (isBlankCell(area)) return { column: 1, expected: 'an area name' };
    const yearEnding = readWholeNumber(year, 1900, 2199);
    if (yearEnding === invalid) return { column: 2, expected: 'the year ending 31 March, e.g. 2021' };
    const number = isBlankCell(value) ? null : readNumber(value);
    if (number === invalid) return { column: 3, expected: 'a number, or blank when not published' };
    return { measure: cellText(measure), area: cellText(area), year: yearEnding, value: number };
  },
  apply: (s, rows) => (s.benchmarks = rows),
};

/** summary.md: the amber tolerance when the Targets table leaves it blank. */
export const DEFAULT_TOLERANCE = 5;
const POLARITIES: readonly Polarity[] = ['high', 'low', 'neither'];

/**
 * Targets (summary.md "Targets and RAG"): indicator number, target, amber tolerance (blank = 5,
 * in the headline's own unit), polarity override (blank = the default polarity). A row may set
 * only a polarity; a row with neither target nor polarity says nothing and is a problem.
 */
export const TARGETS_TABLE: SettingsTable<TargetSetting> = {
  title: 'Targets',
  headings: ['Indicator', 'Target', 'Amber tolerance', 'Polarity'],
  items: (s) => s.targets,
  write: (t) => [t.indicator, t.target, t.tolerance, t.polarity],
  read: ([indicator, target, tolerance, polarity]) => {
    const id = readWholeNumber(indicator, 1, 23);
    if (id === invalid) return { column: 0, expected: 'an indicator number from 1 to 23' };
    const value = isBlankCell(target) ? null : readNumber(target);
    if (value === invalid) return { column: 1, expected: 'a number (the target, in the headline measure\'s unit)' };
    const amber = isBlankCell(tolerance) ? DEFAULT_TOLERANCE : readNumber(tolerance);
    if (amber === invalid || amber < 0) return { column: 2, expected: 'a number 0 or more, or blank for 5' };
    const text = isBlankCell(polarity) ? null : cellText(polarity).trim().toLowerCase();
    const chosen = text === null ? null : POLARITIES.find((p) => p === text);
    if (chosen === undefined) return { column: 3, expected: 'high, low or neither, or blank for the default' };
    if (value === null && chosen === null) return { column: 1, expected: 'a target or a polarity' };
    return { indicator: id, target: value, tolerance: amber, polarity: chosen };
  },
  apply: (s, rows) => (s.targets = rows),
  keyOf: (t) => String(t.indicator),
};

export function isFault<Item>(read: Item | CellFault): read is CellFault {
  return typeof read === 'object' && read !== null && 'expected' in read && 'column' in read && !Array.isArray(read);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SETTINGS_TABLES: readonly SettingsTable<any>[] = [TARGETS_TABLE, DISTRICTS_TABLE, TEAMS_TABLE, BANK_HOLIDAYS_TABLE, BENCHMARKS_TABLE];

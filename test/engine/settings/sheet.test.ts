import { defaultSettings } from '../../../src/engine/settings/defaults';
import { bankHolidayRows, readSettingsSheet, settingsToSheetValues } from '../../../src/engine/settings/sheet';
import type { CellValue } from '../../../src/engine/types';
import { dayFromYmd, excelSerialFromDay } from '../../../src/engine/dates';

function rowOf(values: CellValue[][], label: string): number {
  const index = values.findIndex((row) => row[0] === label);
  if (index < 0) throw new Error(`no row ${label}`);
  return index;
}

function withValue(label: string, value: CellValue): CellValue[][] {
  const values = settingsToSheetValues(defaultSettings());
  values[rowOf(values, label)][1] = value;
  return values;
}

describe('settingsToSheetValues', () => {
  const values = settingsToSheetValues(defaultSettings());

  it('starts with the title, the how-to line and the key/value heading', () => {
    expect(values[0]).toEqual(['Report Settings', null, null, null]);
    expect(values[3]).toEqual(['Setting', 'Value', 'Notes', null]);
  });

  it('writes the key settings from row 5 in the documented order', () => {
    expect(values.slice(4, 16).map((r) => [r[0], r[1]])).toEqual([
      ['Local authority name', 'Worcestershire'],
      ['Region (benchmark area)', 'West Midlands'],
      ['England (benchmark area)', 'England'],
      ['Statistical neighbours (benchmark area)', 'SN mean (April 2021)'],
      ['Financial year', null],
      ['Quarter', null],
      ['Population aged 0-17', 119353],
      ['Suppression threshold', 10],
      ['Suppress tables as well as charts', 'No'],
      ['Assessment timescale (working days)', 45],
      ['Re-referral look-back (months)', 12],
      ['Contact to referral window (days)', 7],
    ]);
  });

  it('writes the districts table with its heading', () => {
    const title = rowOf(values, 'Districts');
    expect(values[title + 1]).toEqual(['District', 'Population aged 0-17', null, null]);
    expect(values[title + 2][0]).toBe('Bromsgrove');
    expect(values[title + 7][0]).toBe('Wyre Forest');
  });

  it('writes bank holidays as Excel serial numbers at the rows bankHolidayRows gives', () => {
    const settings = defaultSettings();
    const rows = bankHolidayRows(settings);
    expect(values[rows.first - 1][0]).toBe(excelSerialFromDay(settings.bankHolidays[0]));
    expect(values[rows.last - 1][0]).toBe(excelSerialFromDay(settings.bankHolidays[settings.bankHolidays.length - 1]));
    // 2015-01-01 is Excel serial 42005
    expect(values[rows.first - 1][0]).toBe(42005);
  });

  it('is rectangular, 4 columns wide, so it can be written as one range', () => {
    expect(new Set(values.map((r) => r.length))).toEqual(new Set([4]));
  });
});

describe('readSettingsSheet', () => {
  it('reads the written defaults back unchanged, with no problems', () => {
    const base = defaultSettings();
    const { settings, problems } = readSettingsSheet(settingsToSheetValues(base), base);
    expect(problems).toEqual([]);
    expect(settings).toEqual(defaultSettings());
  });

  it('round-trips a fully edited settings object', () => {
    const edited = defaultSettings();
    edited.authority = 'Herefordshire';
    edited.financialYear = 2022;
    edited.quarter = 3;
    edited.threshold = 5;
    edited.suppressTables = true;
    edited.districts = [{ name: 'North', population: 1000 }];
    edited.teamDistricts = new Map([['north team', 'North']]);
    edited.bankHolidays = [dayFromYmd(2022, 12, 26)];
    edited.benchmarks = [{ measure: 'cla_rate_per_10k', area: 'England', year: 2022, value: null }];
    const { settings, problems } = readSettingsSheet(settingsToSheetValues(edited), defaultSettings());
    expect(problems).toEqual([]);
    expect(settings).toEqual(edited);
  });

  it('keeps the default for blank values', () => {
    const { settings } = readSettingsSheet(withValue('Suppression threshold', '  '), defaultSettings());
    expect(settings.threshold).toBe(10);
  });

  it('reads a financial year, a quarter, Yes and a population with thousands separators', () => {
    let values = withValue('Financial year', '2022/23');
    values[rowOf(values, 'Quarter')][1] = 'Q3';
    values[rowOf(values, 'Suppress tables as well as charts')][1] = 'yes';
    values[rowOf(values, 'Population aged 0-17')][1] = '120,001';
    const { settings, problems } = readSettingsSheet(values, defaultSettings());
    expect(problems).toEqual([]);
    expect([settings.financialYear, settings.quarter, settings.suppressTables, settings.population]).toEqual([2022, 3, true, 120001]);
    values = withValue('Financial year', 2020);
    expect(readSettingsSheet(values, defaultSettings()).settings.financialYear).toBe(2020);
  });

  it('reports a bad value with its row and what was expected, and keeps the default', () => {
    const values = withValue('Suppression threshold', 'ten');
    const { settings, problems } = readSettingsSheet(values, defaultSettings());
    expect(settings.threshold).toBe(10);
    expect(problems).toEqual([
      {
        list: null,
        sheet: 'Report Settings',
        row: 12,
        column: 'Value',
        columnIndex: 1,
        value: 'ten',
        message: 'Suppression threshold: expected a whole number 0 or more; kept 10',
        severity: 'warning',
      },
    ]);
  });

  it('rejects a financial year whose two halves do not follow each other, and quarter 5', () => {
    const values = withValue('Financial year', '2021/23');
    values[rowOf(values, 'Quarter')][1] = 5;
    const { settings, problems } = readSettingsSheet(values, defaultSettings());
    expect([settings.financialYear, settings.quarter]).toEqual([null, null]);
    expect(problems.map((p) => [p.row, p.message])).toEqual([
      [9, 'Financial year: expected a financial year such as 2021/22, or blank; kept from the data'],
      [10, 'Quarter: expected a quarter 1, 2, 3 or 4, or blank; kept the last complete quarter'],
    ]);
  });

  it('finds rows by label whatever their position, case or dashes', () => {
    const values: CellValue[][] = [['Report Settings'], ['quarter', 2], [], ['LOCAL AUTHORITY NAME', 'Shropshire'], ['Population aged 0–17', 50000]];
    const { settings, problems } = readSettingsSheet(values, defaultSettings());
    expect(problems).toEqual([]);
    expect([settings.authority, settings.quarter, settings.population]).toEqual(['Shropshire', 2, 50000]);
  });

  it('replaces the districts and teams with the rows of their tables, reporting bad rows', () => {
    const values: CellValue[][] = [
      ['Districts'],
      ['District', 'Population aged 0-17'],
      ['North', 1200],
      ['South', 'lots'],
      ['East', '3,400'],
      [],
      ['Team → district'],
      ['Allocated Team', 'District'],
      ['  North Team ', 'North'],
    ];
    const { settings, problems } = readSettingsSheet(values, defaultSettings());
    expect(settings.districts).toEqual([
      { name: 'North', population: 1200 },
      { name: 'East', population: 3400 },
    ]);
    expect([...settings.teamDistricts]).toEqual([['north team', 'North']]);
    expect(problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [4, 'Population aged 0-17', 'lots', 'Districts: expected a population greater than 0 in Population aged 0-17; row ignored'],
    ]);
  });

  it('reads bank holidays given as serials, Dates or UK text, and keeps the defaults when the table is empty', () => {
    const values: CellValue[][] = [['Bank holidays'], ['Date'], [44561], ['03/01/2022'], [new Date(Date.UTC(2022, 3, 15))], ['31/02/2022']];
    const { settings, problems } = readSettingsSheet(values, defaultSettings());
    expect(settings.bankHolidays).toEqual([dayFromYmd(2021, 12, 31), dayFromYmd(2022, 1, 3), dayFromYmd(2022, 4, 15)]);
    expect(problems.map((p) => [p.row, p.message])).toEqual([[6, 'Bank holidays: expected a date (dd/mm/yyyy) in Date; row ignored']]);
    const empty = readSettingsSheet([['Bank holidays'], ['Date']], defaultSettings());
    expect(empty.settings.bankHolidays).toEqual(defaultSettings().bankHolidays);
  });

  it('reads benchmark rows with a blank value as null and rejects a bad year', () => {
    const values: CellValue[][] = [
      ['Benchmarks'],
      ['Measure', 'Area', 'Year', 'Value'],
      ['cp_rate_per_10k', 'England', 2022, 42.1],
      ['cp_rate_per_10k', 'Region', 2022, null],
      ['cp_rate_per_10k', 'Region', '2021/22', 40],
    ];
    const { settings, problems } = readSettingsSheet(values, defaultSettings());
    expect(settings.benchmarks).toEqual([
      { measure: 'cp_rate_per_10k', area: 'England', year: 2022, value: 42.1 },
      { measure: 'cp_rate_per_10k', area: 'Region', year: 2022, value: null },
    ]);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([[5, 'Year', 'Benchmarks: expected the year ending 31 March, e.g. 2021 in Year; row ignored']]);
  });

  it('does not change the base settings', () => {
    const base = defaultSettings();
    readSettingsSheet([['Districts'], ['District', 'Population'], ['North', 10]], base);
    expect(base.districts).toHaveLength(6);
  });
});

describe('Targets table', () => {
  const base = defaultSettings();
  const sheet = (rows: unknown[][]) => [['Targets'], ['Indicator', 'Target', 'Amber tolerance', 'Polarity'], ...rows] as CellValue[][];

  it('is written empty by default, and read with the default tolerance 5 and an optional polarity', () => {
    const values = settingsToSheetValues(base);
    const title = values.findIndex((r) => r[0] === 'Targets');
    expect(values[title + 1]).toEqual(['Indicator', 'Target', 'Amber tolerance', 'Polarity']);
    expect(values[title + 2].every((c) => c === null)).toBe(true);
    const { settings, problems } = readSettingsSheet(sheet([[8, 90, null, null], [6, 20, 2, 'LOW'], [5, null, null, 'high']]), base);
    expect(problems).toEqual([]);
    expect(settings.targets).toEqual([
      { indicator: 8, target: 90, tolerance: 5, polarity: null },
      { indicator: 6, target: 20, tolerance: 2, polarity: 'low' },
      { indicator: 5, target: null, tolerance: 5, polarity: 'high' },
    ]);
  });

  it('a bad row is a located problem, never a crash: not a number, no indicator 1–23, a repeat', () => {
    const { settings, problems } = readSettingsSheet(sheet([[8, 'ninety'], [24, 5], [8, 90], [8, 80], [9, 1, 1, 'up']]), base);
    expect(settings.targets).toEqual([{ indicator: 8, target: 90, tolerance: 5, polarity: null }]);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [3, 'Target', "Targets: expected a number (the target, in the headline measure's unit) in Target; row ignored"],
      [4, 'Indicator', 'Targets: expected an indicator number from 1 to 23 in Indicator; row ignored'],
      [6, 'Indicator', 'Targets: Indicator 8 is repeated; the first row is used, this row ignored'],
      [7, 'Polarity', 'Targets: expected high, low or neither, or blank for the default in Polarity; row ignored'],
    ]);
  });
});

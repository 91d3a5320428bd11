import { loadSettings } from '../../src/cli/load-settings';
import type { CellValue, SourceSheet } from '../../src/engine/types';

const NO_FLAGS = { financialYear: null, quarter: null, threshold: null };

function settingsSheet(rows: CellValue[][]): SourceSheet {
  return { name: 'Report Settings', values: [['Report Settings'], ...rows] };
}

describe('settings precedence: defaults < input sheets < --settings sheets < flags', () => {
  const input = [
    { name: 'List 1', values: [['Child Unique ID', 'Date of Contact']] },
    settingsSheet([['Local authority name', 'Shropshire'], ['Suppression threshold', 5], ['Quarter', 1]]),
    { name: 'postcode lookup', values: [['Postcode', 'District'], ['SY1 1AA', 'Shrewsbury']] },
  ];
  const settingsWorkbook = [settingsSheet([['Suppression threshold', 3], ['Financial year', '2022/23']])];

  it('uses the defaults when nothing overrides them', () => {
    const { settings, sources } = loadSettings([], null, NO_FLAGS);
    expect([settings.authority, settings.threshold, settings.financialYear, settings.quarter]).toEqual(['Worcestershire', 10, null, null]);
    expect(sources).toEqual(['defaults']);
  });

  it('takes the input workbook sheets over the defaults (sheet names matched loosely)', () => {
    const { settings, sources } = loadSettings(input, null, NO_FLAGS);
    expect([settings.authority, settings.threshold, settings.quarter]).toEqual(['Shropshire', 5, 1]);
    expect([...settings.postcodes]).toEqual([['SY1 1AA', 'Shrewsbury']]);
    expect(sources).toEqual(['defaults', 'input: Report Settings', 'input: Postcode Lookup']);
  });

  it('takes the --settings workbook over the input, keeping what it does not set', () => {
    const { settings } = loadSettings(input, settingsWorkbook, NO_FLAGS);
    expect([settings.authority, settings.threshold, settings.financialYear, settings.quarter]).toEqual(['Shropshire', 3, 2022, 1]);
  });

  it('takes flags over everything', () => {
    const { settings, sources } = loadSettings(input, settingsWorkbook, { financialYear: 2020, quarter: 4, threshold: 0 });
    expect([settings.financialYear, settings.quarter, settings.threshold]).toEqual([2020, 4, 0]);
    expect(sources[sources.length - 1]).toBe('flags: --year --quarter --threshold');
  });

  it('collects the problems of every settings sheet', () => {
    const bad = [settingsSheet([['Quarter', 'last']])];
    const { problems } = loadSettings(bad, bad, NO_FLAGS);
    expect(problems.map((p) => `${p.sheet} row ${p.row}: ${p.message}`)).toEqual([
      'Report Settings row 2: Quarter: expected a quarter 1, 2, 3 or 4, or blank; kept the last complete quarter',
      'Report Settings row 2: Quarter: expected a quarter 1, 2, 3 or 4, or blank; kept the last complete quarter',
    ]);
  });
});

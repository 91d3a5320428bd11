import { defaultLayer, isSettingsSheet, valuesFromA1, withChoices, withSettingsSheets } from '../../../src/engine/settings/layers';
import type { SourceSheet } from '../../../src/engine/types';

const NAMES = { financialYear: 'year', quarter: 'quarter', threshold: 'threshold', authority: 'authority' };

describe('the one settings layering', () => {
  it('finds the settings sheets by name as Excel does, ignoring case and spaces, for both shells', () => {
    expect(['Report Settings', 'REPORT SETTINGS', 'ReportSettings', 'postcode  lookup'].map((name) => isSettingsSheet({ name, values: [] }))).toEqual([true, true, true, true]);
    expect(isSettingsSheet({ name: 'Report Settings 2', values: [] })).toBe(false);
  });

  it('reads a sheet whose used range starts below A1 as if from A1', () => {
    expect(valuesFromA1({ name: 'x', values: [['a', 'b']], firstRow: 2, firstColumn: 1 })).toEqual([[], [null, 'a', 'b']]);
    const sheet: SourceSheet = { name: 'report settings', values: [['Local authority name', 'Shropshire']], firstRow: 3 };
    const layered = withSettingsSheets(defaultLayer(), [sheet], 'workbook');
    expect(layered.settings.authority).toBe('Shropshire');
    expect(layered.sources).toEqual(['defaults', 'workbook: Report Settings']);
  });

  it('lets the run choose over the sheets: undefined keeps, null chooses "automatic", blank authority keeps', () => {
    const sheets: SourceSheet[] = [{ name: 'Report Settings', values: [['Report Settings'], ['Quarter', 3], ['Financial year', '2021/22']] }];
    const fromSheets = withSettingsSheets(defaultLayer(), sheets, 'input');
    expect([fromSheets.settings.quarter, fromSheets.settings.financialYear]).toEqual([3, 2021]);
    const chosen = withChoices(fromSheets, { quarter: null, financialYear: undefined, authority: '  ', threshold: 5 }, 'pane', NAMES);
    expect([chosen.settings.quarter, chosen.settings.financialYear, chosen.settings.authority, chosen.settings.threshold]).toEqual([null, 2021, 'Worcestershire', 5]);
    expect(chosen.sources[chosen.sources.length - 1]).toBe('pane: quarter threshold');
  });
});

import { defaultSettings } from '../../../src/engine/settings/defaults';
import { readSettingsSheet, settingsToSheetValues } from '../../../src/engine/settings/sheet';

describe('the protective marking setting', () => {
  it('defaults to OFFICIAL and is written after the key settings', () => {
    const values = settingsToSheetValues(defaultSettings());
    expect(values[16].slice(0, 2)).toEqual(['Protective marking', 'OFFICIAL']);
  });

  it('is read from the Report Settings sheet; a blank keeps the default', () => {
    const values = settingsToSheetValues(defaultSettings());
    values[16][1] = 'OFFICIAL-SENSITIVE';
    expect(readSettingsSheet(values, defaultSettings()).settings.protectiveMarking).toBe('OFFICIAL-SENSITIVE');
    values[16][1] = null;
    expect(readSettingsSheet(values, defaultSettings()).settings.protectiveMarking).toBe('OFFICIAL');
  });
});

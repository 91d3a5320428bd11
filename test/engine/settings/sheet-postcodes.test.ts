import { defaultSettings } from '../../../src/engine/settings/defaults';
import { normaliseSector, postcodeLookupToSheetValues, readPostcodeLookupSheet } from '../../../src/engine/settings/postcode-sheet';

describe('Postcode Lookup sheet', () => {
  it('writes headings then postcodes beside sectors', () => {
    const settings = defaultSettings();
    const values = postcodeLookupToSheetValues(settings);
    expect(values[0]).toEqual(['Postcode', 'District', null, 'Postcode sector', 'District']);
    expect(values[1]).toEqual(['B14 5SL', 'Bromsgrove', null, 'B14 5', 'Birmingham']);
    expect(values).toHaveLength(1 + settings.postcodes.size);
    expect(values[values.length - 1][3]).toBeNull();
  });

  it('reads the written defaults back unchanged', () => {
    const base = defaultSettings();
    const { settings, problems } = readPostcodeLookupSheet(postcodeLookupToSheetValues(base), base);
    expect(problems).toEqual([]);
    expect(settings.postcodes).toEqual(base.postcodes);
    expect(settings.postcodeSectors).toEqual(base.postcodeSectors);
  });

  it('normalises keys, finds headings below a title, and reports bad rows', () => {
    const values = [
      ['Postcode lookup for Anytown'],
      ['Sector', 'District', null, 'Full postcode', 'District'],
      ['wr1 2', 'Worcester', null, 'wr12ey', 'Worcester'],
      ['WR1', 'Worcester', null, 'WR1 2EZ', null],
    ];
    const { settings, problems } = readPostcodeLookupSheet(values, defaultSettings());
    expect([...settings.postcodes]).toEqual([['WR1 2EY', 'Worcester']]);
    expect([...settings.postcodeSectors]).toEqual([['WR1 2', 'Worcester']]);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [4, 'District', 'Postcode WR1 2EZ: expected a district name; row ignored'],
      [4, 'Postcode sector', 'Postcode sector: expected a postcode sector such as WR1 2; row ignored'],
    ]);
  });

  it('keeps the default lookups when the sheet has no heading row', () => {
    const { settings, problems } = readPostcodeLookupSheet([['nothing here']], defaultSettings());
    expect(settings.postcodes.size).toBe(defaultSettings().postcodes.size);
    expect(problems).toHaveLength(1);
  });

  it('normalises sectors', () => {
    expect(normaliseSector(' dy10 1 ')).toBe('DY10 1');
    expect(normaliseSector('wr12')).toBe('WR1 2');
    expect(normaliseSector('DY10 1A')).toBeNull();
  });
});

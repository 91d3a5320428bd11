import {
  createDistrictResolver,
  OUTSIDE_AUTHORITY,
  singleDistrictOutwardCodes,
  UNKNOWN_DISTRICT,
} from '../../../src/engine/districts/resolve';
import type { BaseRow, ClaRow } from '../../../src/engine/lists';
import { defaultSettings } from '../../../src/engine/settings/defaults';
import type { Settings } from '../../../src/engine/settings/types';

function baseRow(fields: Partial<BaseRow>): BaseRow {
  return { row: 2, childId: '1', dateOfBirth: null, district: null, postcode: null, team: null, ...fields };
}

function claRow(fields: Partial<ClaRow>): ClaRow {
  return {
    ...baseRow(fields),
    start: 0,
    end: null,
    legalStatus: 'C2',
    legalStatusStart: null,
    placementType: 'U4',
    placementPostcode: null,
    placementLocation: null,
    ...fields,
  };
}

describe('createDistrictResolver with the Worcestershire reference data', () => {
  const settings: Settings = defaultSettings();
  settings.teamDistricts = new Map([['wyre forest locality team', 'Wyre Forest']]);
  const resolver = createDistrictResolver(settings);
  const home = (postcode: string | null, team: string | null = null) =>
    resolver.homeDistrict(baseRow({ postcode, team }));

  it('takes a full-postcode hit even where the sector names another district', () => {
    // WR2 6AA is listed as Worcester; its sector WR2 6 is mostly Malvern Hills.
    expect(home('WR2 6AA')).toBe('Worcester');
    // B14 5SL is a listed Bromsgrove postcode inside the Birmingham-modal sector B14 5.
    expect(home('B14 5SL')).toBe('Bromsgrove');
  });

  it('normalises lower-case input without a space', () => {
    expect(home('wr26aa')).toBe('Worcester');
    expect(home(' dy10 1aa ')).toBe('Wyre Forest');
  });

  it('falls back to the sector when the full postcode is not listed', () => {
    expect(home('WR2 6ZZ')).toBe('Malvern Hills');
  });

  it('treats a sector naming Birmingham as outside the authority', () => {
    expect(home('B14 5AA')).toBe(OUTSIDE_AUTHORITY);
  });

  it('uses the outward code when every listed postcode of it lies in one district', () => {
    // No WR10 4 sector is listed; every listed WR10 postcode is Wychavon.
    expect(home('WR10 4ZZ')).toBe('Wychavon');
    expect(home('WR14 5AA')).toBe('Malvern Hills');
  });

  it('calls a valid postcode in no lookup, or in a split outward code, outside the authority', () => {
    expect(home('M1 1AE')).toBe(OUTSIDE_AUTHORITY);
    expect(home('CF10 1AA')).toBe(OUTSIDE_AUTHORITY);
    // WR2 9 is not a listed sector and WR2 is split between Worcester and Malvern Hills.
    expect(home('WR2 9ZZ')).toBe(OUTSIDE_AUTHORITY);
  });

  it('lets a malformed or blank postcode fall through to the team, then Unknown', () => {
    expect(home('WR1', 'Wyre Forest Locality Team')).toBe('Wyre Forest');
    expect(home(null, '  WYRE FOREST LOCALITY TEAM ')).toBe('Wyre Forest');
    expect(home('N/K', 'Some other team')).toBe(UNKNOWN_DISTRICT);
    expect(home('', null)).toBe(UNKNOWN_DISTRICT);
  });

  it('lets the District column win over the postcode, in the configured spelling', () => {
    expect(resolver.homeDistrict(baseRow({ district: 'malvern hills', postcode: 'WR1 2AA' }))).toBe('Malvern Hills');
    expect(resolver.homeDistrict(baseRow({ district: 'REDDITCH ', postcode: 'M1 1AE' }))).toBe('Redditch');
  });

  it('ignores a District value that names no configured district', () => {
    expect(resolver.homeDistrict(baseRow({ district: 'Birmingham', postcode: 'WR1 2AA' }))).toBe('Worcester');
  });

  it('uses the placement postcode, not the home postcode, for placements', () => {
    const row = claRow({ postcode: 'WR1 2AA', placementPostcode: 'DY10 1AA' });
    expect(resolver.placementDistrict(row)).toBe('Wyre Forest');
    expect(resolver.homeDistrict(row)).toBe('Worcester');
    expect(resolver.placementDistrict(claRow({ postcode: 'WR1 2AA', placementPostcode: 'B1 1AA' }))).toBe(OUTSIDE_AUTHORITY);
    // A blank placement postcode does not borrow the home postcode: team, then Unknown.
    expect(resolver.placementDistrict(claRow({ postcode: 'WR1 2AA', placementPostcode: null }))).toBe(UNKNOWN_DISTRICT);
  });

  it('answers isInsideAuthority as true, false or null', () => {
    expect(resolver.isInsideAuthority('WR14 1AA')).toBe(true);
    expect(resolver.isInsideAuthority('B14 5AA')).toBe(false);
    expect(resolver.isInsideAuthority('M1 1AE')).toBe(false);
    expect(resolver.isInsideAuthority('WR1')).toBeNull();
    expect(resolver.isInsideAuthority(null)).toBeNull();
    expect(resolver.isInsideAuthority('  ')).toBeNull();
  });
});

describe('createDistrictResolver with small hand-made lookups', () => {
  function smallSettings(): Settings {
    const settings = defaultSettings();
    settings.districts = [
      { name: 'North', population: 1000 },
      { name: 'South', population: 2000 },
    ];
    settings.postcodes = new Map([
      ['AB1 1AA', 'North'],
      ['AB1 1AB', 'north'],
      ['AB2 1AA', 'North'],
      ['AB2 2AA', 'South'],
      ['AB3 1AA', 'Elsewhere'],
    ]);
    settings.postcodeSectors = new Map([['AB9 9', 'South']]);
    settings.teamDistricts = new Map([['south team', 'SOUTH']]);
    return settings;
  }

  it('precomputes only outward codes that lie in one district', () => {
    const single = singleDistrictOutwardCodes(smallSettings().postcodes);
    expect([...single.entries()].sort()).toEqual([
      ['AB1', 'North'],
      ['AB3', 'Elsewhere'],
    ]);
  });

  it('resolves through each step with the configured spelling', () => {
    const resolver = createDistrictResolver(smallSettings());
    const home = (postcode: string | null, team: string | null = null) =>
      resolver.homeDistrict(baseRow({ postcode, team }));
    expect(home('ab1 1ab')).toBe('North');
    expect(home('AB1 7ZZ')).toBe('North');
    expect(home('AB9 9ZZ')).toBe('South');
    expect(home('AB2 9ZZ')).toBe(OUTSIDE_AUTHORITY);
    expect(home('AB3 1AA')).toBe(OUTSIDE_AUTHORITY);
    expect(home('AB3 5XY')).toBe(OUTSIDE_AUTHORITY);
    expect(home('bad', 'South Team')).toBe('South');
  });

  it('caches each postcode string: later lookup changes do not alter a resolved answer', () => {
    const settings = smallSettings();
    const resolver = createDistrictResolver(settings);
    expect(resolver.homeDistrict(baseRow({ postcode: 'AB2 1AA' }))).toBe('North');
    settings.postcodes.set('AB2 1AA', 'South');
    expect(resolver.homeDistrict(baseRow({ postcode: 'AB2 1AA' }))).toBe('North');
  });
});

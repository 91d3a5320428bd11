import { parsePlacementLocation, parseSuitability, parseYesNo } from '../../../src/engine/parse/yes-no';

describe('parseYesNo', () => {
  it.each(['a) Yes', 'Yes', 'YES', 'y', 'Y', '1', 'TRUE', 'true', ' Yes '])('%s is Yes', (value) => {
    expect(parseYesNo(value)).toBe(true);
  });
  it.each(['b) No', 'No', 'no', 'N', '0', 'FALSE'])('%s is No', (value) => {
    expect(parseYesNo(value)).toBe(false);
  });
  it('reads booleans and the numbers 1 and 0', () => {
    expect(parseYesNo(true)).toBe(true);
    expect(parseYesNo(false)).toBe(false);
    expect(parseYesNo(1)).toBe(true);
    expect(parseYesNo(0)).toBe(false);
  });
  it('reads "Unknown" as a deliberate blank', () => {
    expect(parseYesNo('c) Unknown')).toBeNull();
  });
  it('gives undefined for anything else', () => {
    expect(parseYesNo('maybe')).toBeUndefined();
    expect(parseYesNo(2)).toBeUndefined();
    expect(parseYesNo('Yess')).toBeUndefined();
  });
});

describe('parseSuitability', () => {
  it('reads Suitable / Unsuitable with or without the letter prefix', () => {
    expect(parseSuitability('a) Suitable')).toBe(true);
    expect(parseSuitability('Suitable')).toBe(true);
    expect(parseSuitability('b) Unsuitable')).toBe(false);
    expect(parseSuitability('UNSUITABLE')).toBe(false);
    expect(parseSuitability('Fine')).toBeUndefined();
  });
});

describe('parsePlacementLocation', () => {
  it('reads In / Out with or without the letter prefix', () => {
    expect(parsePlacementLocation('a) In')).toBe('in');
    expect(parsePlacementLocation('In')).toBe('in');
    expect(parsePlacementLocation('b) Out')).toBe('out');
    expect(parsePlacementLocation('OUT')).toBe('out');
    expect(parsePlacementLocation('Elsewhere')).toBeUndefined();
  });
});

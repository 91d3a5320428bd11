import { normalisePostcode, outwardCode, postcodeSector } from '../../../src/engine/districts/postcode';

describe('normalisePostcode', () => {
  it.each([
    ['WR1 2AA', 'WR1 2AA'],
    ['wr12aa', 'WR1 2AA'],
    ['  wr1   2aa ', 'WR1 2AA'],
    ['WR1\u00a02AA', 'WR1 2AA'],
    ['B601AA', 'B60 1AA'],
    ['m11ae', 'M1 1AE'],
    ['CF10 1AA', 'CF10 1AA'],
    ['EC1A 1BB', 'EC1A 1BB'],
  ])('puts %p into canonical form %p', (raw, expected) => {
    expect(normalisePostcode(raw)).toBe(expected);
  });

  it.each([[''], ['   '], ['WR1'], ['N/K'], ['WR1 2A'], ['12345'], ['WR1 AAA'], ['WRR12 3AA'], [null], [undefined]])(
    'rejects %p as blank or malformed',
    (raw) => {
      expect(normalisePostcode(raw)).toBeNull();
    },
  );
});

describe('outwardCode and postcodeSector', () => {
  it('split a canonical postcode', () => {
    expect(outwardCode('WR10 1AB')).toBe('WR10');
    expect(postcodeSector('WR10 1AB')).toBe('WR10 1');
    expect(outwardCode('M1 1AE')).toBe('M1');
    expect(postcodeSector('M1 1AE')).toBe('M1 1');
  });
});

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

describe('isCanonical (the fast path of canonicalPostcode) agrees with the regular expression', () => {
  const { isCanonical, normalisePostcode } = jest.requireActual('../../../src/engine/districts/postcode') as typeof import('../../../src/engine/districts/postcode');
  it.each([
    ['WR1 2EY', true], ['B60 1AA', true], ['DY10 1DA', true], ['M1 1AE', true], ['EC1A 1BB', true], ['W1A 0AX', true], ['CF10 1AA', true],
    ['wr1 2ey', false], ['WR12EY', false], ['WR1  2EY', false], ['WR1', false], ['N/K', false], ['1WR 2EY', false], ['WRX1 2EY', false],
    ['WR1 2E1', false], ['WR1 AEY', false], ['ABC1 2EY', false], ['W 1AA', false],
  ])('%s → %s', (text, expected) => {
    expect(isCanonical(text)).toBe(expected);
    if (expected) expect(normalisePostcode(text)).toBe(text);
    else expect(normalisePostcode(text) === text).toBe(false);
  });
});

describe('isCanonical on random postcode-like text', () => {
  it('is true exactly when the canonical regular expression matches', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fc = require('fast-check') as typeof import('fast-check');
    const { isCanonical } = jest.requireActual('../../../src/engine/districts/postcode') as typeof import('../../../src/engine/districts/postcode');
    const regex = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$/;
    const char = fc.constantFrom(...'AB19 ZwR0'.split(''));
    fc.assert(fc.property(fc.array(char, { minLength: 4, maxLength: 9 }).map((cs) => cs.join('')), (s) => isCanonical(s) === regex.test(s)), { numRuns: 5000 });
  });
});

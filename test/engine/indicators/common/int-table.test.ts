import fc from 'fast-check';
import { IntTable, plainNumberValue } from '../../../../src/engine/indicators/common/int-table';
import { ChildIndex } from '../../../../src/engine/indicators/common/child-index';

describe('plainNumberValue', () => {
  it('reads IDs written as plain whole numbers', () => {
    expect(plainNumberValue('19696276')).toBe(19696276);
    expect(plainNumberValue('0')).toBe(0);
    expect(plainNumberValue('7')).toBe(7);
    expect(plainNumberValue('999999999')).toBe(999999999);
  });

  it('gives -1 for every other ID, so it is keyed by its text', () => {
    expect(plainNumberValue('00123')).toBe(-1); // a different child from "123"
    expect(plainNumberValue('0123')).toBe(-1);
    expect(plainNumberValue('1234567890')).toBe(-1); // ten digits: beyond the safe range
    expect(plainNumberValue('')).toBe(-1);
    expect(plainNumberValue('A123')).toBe(-1);
    expect(plainNumberValue('12 3')).toBe(-1);
    expect(plainNumberValue('12.5')).toBe(-1);
    expect(plainNumberValue('-12')).toBe(-1);
  });

  it('gives equal values only to equal texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const va = plainNumberValue(a);
        const vb = plainNumberValue(b);
        return va < 0 || vb < 0 || (va === vb) === (a === b);
      }),
    );
    fc.assert(fc.property(fc.integer({ min: 0, max: 999999999 }), (n) => plainNumberValue(String(n)) === n));
  });
});

describe('IntTable', () => {
  it('stores and finds values, -1 when absent', () => {
    const table = new IntTable(2);
    table.add(5, 0);
    table.add(1000000, 1);
    table.add(0, 2);
    expect([table.get(5), table.get(1000000), table.get(0), table.get(6)]).toEqual([0, 1, 2, -1]);
  });

  it('keeps every entry through growth and colliding keys', () => {
    const table = new IntTable(1);
    // Multiples of a large power of two collide in the low bits of a plain modulo table.
    const keys = Array.from({ length: 5000 }, (_, i) => i * 65536);
    keys.forEach((k, i) => table.add(k, i));
    expect(keys.every((k, i) => table.get(k) === i)).toBe(true);
    expect(table.get(65535)).toBe(-1);
  });

  it('agrees with a Map on any sequence of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 31 - 1 }), { maxLength: 300 }), (keys) => {
        const table = new IntTable(4);
        const reference = new Map<number, number>();
        for (const k of keys) if (!reference.has(k)) { reference.set(k, reference.size); table.add(k, reference.get(k)!); }
        return keys.every((k) => table.get(k) === reference.get(k)) && table.get(2 ** 31 - 1) === (reference.get(2 ** 31 - 1) ?? -1);
      }),
    );
  });
});

describe('ChildIndex with numeric and text IDs', () => {
  it('numbers "123", "00123", "A1" and "1234567890" as four children, in order of first appearance', () => {
    const index = new ChildIndex();
    expect(['123', '00123', '123', 'A1', '1234567890', '00123', 'A1'].map((id) => index.intern(id))).toEqual([0, 1, 0, 2, 3, 1, 2]);
    expect(index.size).toBe(4);
    expect([index.find('123'), index.find('00123'), index.find('A1'), index.find('1234567890'), index.find('124'), index.find('B')]).toEqual([0, 1, 2, 3, -1, -1]);
  });
});

/**
 * A hash table from non-negative 32-bit integers to child numbers, in typed arrays (open
 * addressing, linear probing). Child Unique IDs are nearly always whole numbers ("19696276"):
 * numbering them through this table instead of a Map keyed by text takes about a third less time
 * and leaves no garbage behind (its arrays live outside the collected heap), which matters
 * because the engine numbers every row of Lists 3–8 on every build.
 */
const EMPTY = -1;
/** Knuth's multiplicative constant (2^32 / golden ratio): spreads consecutive IDs over the table. */
const GOLDEN = 0x9e3779b1;

export class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** The value stored for key (key ≥ 0), or -1. */
  get(key: number): number {
    const { keys, mask } = this;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const held = keys[slot];
      if (held === key) return this.values[slot];
      if (held === EMPTY) return -1;
    }
  }

  /** Stores value for a key not yet in the table (key ≥ 0, value ≥ 0). */
  add(key: number, value: number): void {
    const { keys, mask } = this;
    let slot = this.slotOf(key);
    while (keys[slot] !== EMPTY) slot = (slot + 1) & mask;
    keys[slot] = key;
    this.values[slot] = value;
    // Kept at most half full, so a probe sequence stays short.
    if (++this.count * 2 > keys.length) this.grow();
  }

  private slotOf(key: number): number {
    return (Math.imul(key, GOLDEN) >>> 0) & this.mask;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldValues = this.values;
    this.keys = new Int32Array(oldKeys.length * 2).fill(EMPTY);
    this.values = new Int32Array(oldKeys.length * 2);
    this.mask = this.keys.length - 1;
    this.count = 0;
    for (let i = 0; i < oldKeys.length; i++) if (oldKeys[i] !== EMPTY) this.add(oldKeys[i], oldValues[i]);
  }
}

/** Longest digit string whose value certainly fits an Int32 (999,999,999 < 2^31). */
const MAX_DIGITS = 9;

/**
 * The value of an ID written as a plain whole number: digits only, no leading zero (so "00123"
 * and "123", which are different children, never share a value), at most 9 digits. -1 for any
 * other ID, which the caller keys by its text instead. Equal values ⇔ equal texts.
 */
export function plainNumberValue(id: string): number {
  const length = id.length;
  if (length === 0 || length > MAX_DIGITS || (length > 1 && id.charCodeAt(0) === 48)) return -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

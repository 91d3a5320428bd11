/**
 * Children as small integers. Every list is looked up by child many times (re-referrals, outcomes,
 * distinct counts, current rows, the union of #16); hashing the Child Unique ID text once per row
 * into one shared numbering lets every later step use typed arrays instead of Maps and Sets keyed
 * by text. Numbers are shared across lists, so "the same child in List 4" is the same number.
 */
import type { BaseRow } from '../lists';

export class ChildNumbers {
  private readonly numbers = new Map<string, number>();

  /** Children numbered so far (numbers run 0 … size − 1). */
  get size(): number {
    return this.numbers.size;
  }

  /** The child's number, or -1 for a child no interned list holds. */
  find(childId: string): number {
    return this.numbers.get(childId) ?? -1;
  }

  /**
   * The child number of every row of a list, in row order, giving the next free number to a child
   * not seen before. The look-up is written out in the loop rather than in a per-ID method: on a
   * build's first run this loop is mostly interpreted, where each call costs more than the Map
   * look-up itself (half the time at scale 1). A typed-array table keyed by numeric IDs was tried:
   * faster once optimised, twice as slow on a first run.
   */
  internRows(rows: readonly BaseRow[]): Int32Array {
    const numbers = this.numbers;
    const childOfRow = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const id = rows[i].childId;
      let child = numbers.get(id);
      if (child === undefined) numbers.set(id, (child = numbers.size));
      childOfRow[i] = child;
    }
    return childOfRow;
  }
}

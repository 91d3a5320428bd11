/** Counting rows into fixed, ordered groups. */

/** Counts per label, in the order of `labels`; a label not in the list counts as the last label (e.g. "Not recorded"). */
export function countIntoGroups<T>(rows: readonly T[], labels: readonly string[], groupOf: (row: T) => string): number[] {
  const index = new Map(labels.map((label, i) => [label, i]));
  const counts = new Array<number>(labels.length).fill(0);
  for (let r = 0; r < rows.length; r++) counts[index.get(groupOf(rows[r])) ?? labels.length - 1] += 1;
  return counts;
}

/** A lookup table code → group label from a list of [label, codes]. */
export function codeLookup(groups: readonly (readonly [string, readonly string[]])[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const [label, codes] of groups) for (const code of codes) lookup.set(code, label);
  return lookup;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

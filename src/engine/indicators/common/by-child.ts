/** Per-child sorted date lists, built once per list so look-ups are binary searches, not scans. */
import type { Day } from '../../types';

export function datesByChild<T extends { childId: string }>(rows: readonly T[], dateOf: (row: T) => Day | null): Map<string, Day[]> {
  const byChild = new Map<string, Day[]>();
  for (const row of rows) {
    const d = dateOf(row);
    if (d === null) continue;
    const dates = byChild.get(row.childId);
    if (dates) dates.push(d);
    else byChild.set(row.childId, [d]);
  }
  for (const dates of byChild.values()) if (dates.length > 1) dates.sort((a, b) => a - b);
  return byChild;
}

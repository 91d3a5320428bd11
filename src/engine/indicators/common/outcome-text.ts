/**
 * Grouping of local outcome text (Contact Outcome, Referral Outcome; indicators.md #2, #4): values
 * trimmed and compared case-insensitively, labelled by their most frequent spelling, blank =
 * "Not recorded"; largest group first (ties alphabetical), "Not recorded" always last.
 */
export const NOT_RECORDED = 'Not recorded';

export interface TextGroups {
  labels: string[];
  counts: number[];
}

export function groupOutcomeText(values: readonly (string | null)[]): TextGroups {
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  let notRecorded = 0;
  for (let v = 0; v < values.length; v++) {
    const text = values[v]?.trim() ?? '';
    if (text === '') {
      notRecorded += 1;
      continue;
    }
    const key = text.toLowerCase();
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { count: 0, spellings: new Map() }));
    group.count += 1;
    group.spellings.set(text, (group.spellings.get(text) ?? 0) + 1);
  }
  const labelled = [...groups.values()].map((g) => ({ label: mostFrequentSpelling(g.spellings), count: g.count }));
  labelled.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const labels = labelled.map((g) => g.label);
  const counts = labelled.map((g) => g.count);
  if (notRecorded > 0) {
    labels.push(NOT_RECORDED);
    counts.push(notRecorded);
  }
  return { labels, counts };
}

/** The most frequent spelling; on a tie the first in sort order, so the label is stable. */
function mostFrequentSpelling(spellings: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [spelling, count] of spellings) {
    if (count > bestCount || (count === bestCount && spelling < best)) {
      best = spelling;
      bestCount = count;
    }
  }
  return best;
}

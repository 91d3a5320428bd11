/** Children in need episodes that count: an episode closed RC8 or RC9 is left out for its whole life. */
import type { CinRow } from '../../lists';

const EXCLUDED_CLOSURE_REASONS = new Set(['RC8', 'RC9']);

/** The parser has already normalised closure reasons to their upper-case code ("RC8"). */
export function isExcludedCinEpisode(row: CinRow): boolean {
  return row.closureReason !== null && EXCLUDED_CLOSURE_REASONS.has(row.closureReason);
}

export function countedCinRows(rows: readonly CinRow[]): CinRow[] {
  return rows.filter((r) => !isExcludedCinEpisode(r));
}

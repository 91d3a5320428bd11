/**
 * Which rows count, decided once for the indicators and the district blocks alike: periods of
 * care that are V3/V4 short breaks and CIN episodes closed RC8/RC9 are left out everywhere, and
 * List 9 counts each young person once.
 */
import type { CareLeaverRow, CinRow, ClaRow } from '../lists';

const SHORT_BREAK_STATUSES = new Set(['V3', 'V4']);

export function isShortBreak(row: ClaRow): boolean {
  return row.legalStatus !== null && SHORT_BREAK_STATUSES.has(row.legalStatus.toUpperCase());
}

const EXCLUDED_CLOSURE_REASONS = new Set(['RC8', 'RC9']);

/** An episode closed RC8 or RC9 is left out for its whole life (the parser has normalised the code to "RC8"). */
export function isExcludedCinEpisode(row: CinRow): boolean {
  return row.closureReason !== null && EXCLUDED_CLOSURE_REASONS.has(row.closureReason);
}

/** 1 for each row that counts. */
export function countedFlags<T>(rows: readonly T[], counts: (row: T) => boolean): Uint8Array {
  const counted = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) counted[i] = counts(rows[i]) ? 1 : 0;
  return counted;
}

/** One row per young person: the last row of the sheet wins (the most recent line of an extract). */
export function distinctYoungPeople(rows: readonly CareLeaverRow[]): CareLeaverRow[] {
  const byChild = new Map<string, CareLeaverRow>();
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const held = byChild.get(row.childId);
    if (!held || row.row >= held.row) byChild.set(row.childId, row);
  }
  return [...byChild.values()];
}

/** Periods of care that count: V3/V4 (short breaks) are excluded everywhere. */
import type { ClaRow } from '../../lists';

const SHORT_BREAK_STATUSES = new Set(['V3', 'V4']);

export function isShortBreak(row: ClaRow): boolean {
  return row.legalStatus !== null && SHORT_BREAK_STATUSES.has(row.legalStatus.toUpperCase());
}

export function countedCareRows(rows: readonly ClaRow[]): ClaRow[] {
  return rows.filter((r) => !isShortBreak(r));
}

/**
 * Count cells (Number of Previous Child Protection Plans, Number of Referrals in Last 12 Months)
 * → whole numbers ≥ 0. Numeric text ("2", " 3 ", "2.0") counts; anything else is undefined.
 */
import type { CellValue } from '../types';

const WHOLE_NUMBER_TEXT = /^\d+(?:\.0+)?$/;

export function parseCount(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return WHOLE_NUMBER_TEXT.test(text) ? Math.trunc(Number(text)) : undefined;
}

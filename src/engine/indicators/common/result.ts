/** Building an IndicatorResult, available or not. */
import type { ListNumber } from '../../types';
import { LIST_NAMES } from '../../types';
import type { ParsedLists } from '../../lists';
import type { IndicatorKind, IndicatorResult, Series } from '../../results';

export interface IndicatorHead {
  id: number;
  title: string;
  definition: string;
  kind: IndicatorKind;
}

export function availableResult(head: IndicatorHead, categories: string[], series: Series[], warnings: string[] = []): IndicatorResult {
  return { ...head, available: true, reason: null, categories, series, warnings };
}

export function unavailableResult(head: IndicatorHead, categories: string[], reason: string): IndicatorResult {
  return { ...head, available: false, reason, categories, series: [], warnings: [] };
}

export function missingListReason(list: ListNumber): string {
  return `List ${list} (${LIST_NAMES[list]}) was not found in the workbook`;
}

/** True when the list carries the optional column (by its normalised heading), or any row has the field filled. */
export function hasColumn<T>(parsed: ParsedLists, list: ListNumber, normalisedHeading: string, rows: readonly T[], filled: (row: T) => boolean): boolean {
  if (parsed.info[list]?.columns.includes(normalisedHeading)) return true;
  return rows.some(filled);
}

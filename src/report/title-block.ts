/**
 * The title block at the top of every report sheet (frozen, and repeated on printed pages).
 */
import type { Period } from '../engine/results';
import type { ModelCell } from './model';
import { textCell } from './drafts';
import { ukDate } from './text';

export const REPORT_NAME = "Children and Young People's Services Performance Report";

/** "Quarter 2 2021/22" */
export function quarterLine(period: Period): string {
  return `Quarter ${period.quarter} ${period.financialYear}`;
}

/** "Period: 01/04/2021 to 30/09/2021" */
export function periodLine(period: Period): string {
  return `Period: ${ukDate(period.start)} to ${ukDate(period.end)}`;
}

/** Four rows: authority and report name as titles, quarter and period as subtitles. */
export function titleBlock(authority: string, reportName: string, period: Period): ModelCell[] {
  return [
    textCell(0, 0, authority, 'title'),
    textCell(1, 0, reportName, 'title'),
    textCell(2, 0, quarterLine(period), 'subtitle'),
    textCell(3, 0, periodLine(period), 'subtitle'),
  ];
}

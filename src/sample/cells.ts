/**
 * Cells of the sample before they are written: tagged by kind so that the clean sample and the
 * messy sample can render the same value in different real-world forms.
 */
import type { Day } from '../engine/types';
import type { Code } from './codes';

export type TaggedCell =
  | { kind: 'date'; day: Day }
  | { kind: 'code'; code: Code }
  | { kind: 'yesNo'; yes: boolean }
  | { kind: 'id'; id: number | string };

export type SampleCell = TaggedCell | string | number | null;

export const date = (day: Day | null): SampleCell => (day === null ? null : { kind: 'date', day });
export const code = (value: Code | null): SampleCell => (value === null ? null : { kind: 'code', code: value });
export const yesNo = (yes: boolean | null): SampleCell => (yes === null ? null : { kind: 'yesNo', yes });
export const childId = (id: number | string): SampleCell => ({ kind: 'id', id });

export function isTagged(cell: SampleCell): cell is TaggedCell {
  return typeof cell === 'object' && cell !== null;
}

/** One list before rendering: its sheet name, title, headings and data rows in heading order. */
export interface SampleList {
  list: 1 | 3 | 4 | 6 | 7 | 8 | 9;
  sheetName: string;
  title: string;
  headings: string[];
  rows: SampleCell[][];
  /** Column index of the list's required date, and of its end date when it has one. */
  requiredDateColumn: number;
  endDateColumn: number | null;
}

/**
 * Who is open at given dates, from the child timelines: distinct children at each of a list of
 * snapshot dates (month ends — the report's, or any other run of months), and each child's
 * current row at one date.
 */
import type { Day } from '../types';
import type { CinRow, ClaRow, CpRow, ParsedLists } from '../lists';
import type { ChildTimelines } from './timelines';
import { childOpenMasks, countOpenChildren, currentRowsAt, unionMasks } from './open-at';

/** Distinct children open at each snapshot date. */
export interface OpenChildren {
  /** Looked after (List 8, not V3/V4): #9, #10. */
  care: number[];
  /** On a plan (List 7): #11, #12. */
  plans: number[];
  /** In need, national definition (a counted CIN episode, a plan or a counted period of care): #16, #17. */
  cin: number[];
}

export function openChildrenAt(parsed: ParsedLists, timelines: ChildTimelines, dates: readonly Day[]): OpenChildren {
  const { childOfRow, childCount } = timelines;
  const careMasks = childOpenMasks(parsed.lists[8] ?? [], childOfRow[8], timelines.countedCare, dates, childCount);
  const planMasks = childOpenMasks(parsed.lists[7] ?? [], childOfRow[7], null, dates, childCount);
  const cinMasks = childOpenMasks(parsed.lists[6] ?? [], childOfRow[6], timelines.countedCin, dates, childCount);
  return {
    care: countOpenChildren(careMasks, dates.length),
    plans: countOpenChildren(planMasks, dates.length),
    cin: countOpenChildren(unionMasks([cinMasks, planMasks, careMasks], childCount), dates.length),
  };
}

/** Each child open at a date once, with their current row (the one that started last). */
export interface CurrentRows {
  care: ClaRow[];
  plans: CpRow[];
  cin: CinRow[];
}

export function currentCareAt(parsed: ParsedLists, timelines: ChildTimelines, d: Day): ClaRow[] {
  return currentRowsAt(parsed.lists[8] ?? [], timelines.childOfRow[8], timelines.countedCare, d, timelines.childCount);
}

export function currentRowsOn(parsed: ParsedLists, timelines: ChildTimelines, d: Day): CurrentRows {
  const { childOfRow, childCount } = timelines;
  return {
    care: currentCareAt(parsed, timelines, d),
    plans: currentRowsAt(parsed.lists[7] ?? [], childOfRow[7], null, d, childCount),
    cin: currentRowsAt(parsed.lists[6] ?? [], childOfRow[6], timelines.countedCin, d, childCount),
  };
}

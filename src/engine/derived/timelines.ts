/**
 * Per-child timelines of one build, built once, explicitly, from the parsed lists (not the report
 * period): every child of Lists 3, 4, 6, 7 and 8 numbered once, each row's child number, the
 * dates the "same child has another event" tests search (referrals, assessment starts, plan
 * starts, grouped by child), which rows of Lists 6 and 8 count, and List 9 one row per young
 * person. The indicators and the district blocks both read it (src/engine/derived/derived.ts).
 */
import type { CareLeaverRow, CinRow, ClaRow, ParsedLists } from '../lists';
import { ChildNumbers } from './child-numbers';
import { dayColumn, groupDaysByChild, type DaysByChild } from './days-by-child';
import { countedFlags, distinctYoungPeople, isExcludedCinEpisode, isShortBreak } from './counted-rows';

/** Lists looked up by child (List 1 is only ever looked up, never numbered: a contact's child may have no referral; List 9 is one row per young person). */
export const NUMBERED_LISTS = [3, 4, 6, 7, 8] as const;
export type NumberedList = (typeof NUMBERED_LISTS)[number];

export interface ChildTimelines {
  /** Every child of Lists 3, 4, 6, 7, 8, numbered in that order (find a List 1 child's number here). */
  readonly children: ChildNumbers;
  readonly childCount: number;
  /** Child number of each row of a numbered list (empty when the list is absent). */
  readonly childOfRow: Readonly<Record<NumberedList, Int32Array>>;
  /** Referral dates per child (List 3 Date of Referral). */
  readonly referralDays: DaysByChild;
  /** Assessment start dates per child (List 4). */
  readonly assessmentStarts: DaysByChild;
  /** Plan start dates per child (List 7). */
  readonly planStarts: DaysByChild;
  /** 1 for each List 8 row that counts (not a V3/V4 short break), and those rows. */
  readonly countedCare: Uint8Array;
  readonly countedCareRows: readonly ClaRow[];
  /** 1 for each List 6 episode that counts (not closed RC8/RC9), and those episodes. */
  readonly countedCin: Uint8Array;
  readonly countedCinRows: readonly CinRow[];
  /** List 9, one row per young person (the last row of the sheet wins). */
  readonly youngPeople: readonly CareLeaverRow[];
}

export function buildChildTimelines(parsed: ParsedLists): ChildTimelines {
  const { lists } = parsed;
  const children = new ChildNumbers();
  // One numbering, in list order, so "the same child in List 4" has the same number as in List 3.
  const childOfRow: Record<NumberedList, Int32Array> = {
    3: children.internRows(lists[3] ?? []),
    4: children.internRows(lists[4] ?? []),
    6: children.internRows(lists[6] ?? []),
    7: children.internRows(lists[7] ?? []),
    8: children.internRows(lists[8] ?? []),
  };
  const childCount = children.size;
  const care = lists[8] ?? [];
  const cin = lists[6] ?? [];
  const countedCare = countedFlags(care, (r) => !isShortBreak(r));
  const countedCin = countedFlags(cin, (r) => !isExcludedCinEpisode(r));
  return {
    children,
    childCount,
    childOfRow,
    referralDays: groupDaysByChild(childOfRow[3], dayColumn(lists[3] ?? [], 'date'), childCount),
    assessmentStarts: groupDaysByChild(childOfRow[4], dayColumn(lists[4] ?? [], 'start'), childCount),
    planStarts: groupDaysByChild(childOfRow[7], dayColumn(lists[7] ?? [], 'start'), childCount),
    countedCare,
    countedCareRows: care.filter((_, i) => countedCare[i] === 1),
    countedCin,
    countedCinRows: cin.filter((_, i) => countedCin[i] === 1),
    youngPeople: distinctYoungPeople(lists[9] ?? []),
  };
}

/** Care leavers (List 9): one row per young person, the 19–21 cohort, and the in-touch / suitable / EET tests. */
import type { Day } from '../../types';
import type { CareLeaverRow, InTouch } from '../../lists';
import { birthsWithBirthdayIn } from './anniversaries';
import { codeLookup } from './groups';
import { NOT_RECORDED } from './outcome-text';

const COHORT_AGES = [19, 20, 21];

/**
 * The cohort test for a period as Day comparisons: the dates of birth whose 19th, 20th or 21st
 * birthday falls in [start, end], worked out once for the period rather than per young person.
 */
export function cohortTest(start: Day, end: Day): (row: CareLeaverRow) => boolean {
  const ranges = COHORT_AGES.map((age) => birthsWithBirthdayIn(age, start, end));
  return (row) => {
    const dob = row.dateOfBirth;
    for (let i = 0; i < ranges.length; i++) if (dob >= ranges[i].from && dob <= ranges[i].to) return true;
    return false;
  };
}

export function isInTouch(row: CareLeaverRow): boolean {
  return row.inTouch === 'YES';
}

/** Suitability = Suitable, or a 903 Type of Accommodation code whose second character is 1 (e.g. U1). */
export function isSuitablyHoused(row: CareLeaverRow): boolean {
  if (row.suitable === true) return true;
  const code = row.accommodationType?.trim().toUpperCase() ?? '';
  return /^[A-Z]1$/.test(code);
}

const EET_CODES = new Set(['F1', 'F2', 'F3', 'F4', 'F5', 'P1', 'P2', 'P3', 'P4', 'P5']);

export function isInEet(row: CareLeaverRow): boolean {
  return row.activity !== null && EET_CODES.has(row.activity.toUpperCase());
}

export const IN_TOUCH_LABELS: Record<InTouch, string> = {
  YES: 'Yes',
  NO: 'No',
  DIED: 'Died',
  REFU: 'Refused',
  NREQ: 'No longer requires services',
  RHOM: 'Returned home',
};
export const IN_TOUCH_GROUPS = [...Object.values(IN_TOUCH_LABELS), NOT_RECORDED];

export function inTouchGroupOf(row: CareLeaverRow): string {
  return row.inTouch === null ? NOT_RECORDED : IN_TOUCH_LABELS[row.inTouch] ?? NOT_RECORDED;
}

export const ACTIVITY_GROUPS = [
  ['Higher education', ['F1', 'P1']],
  ['Other education', ['F2', 'P2']],
  ['Apprenticeship', ['F4', 'P4']],
  ['Training or employment', ['F3', 'P3', 'F5', 'P5']],
  ['NEET – illness or disability', ['G4']],
  ['NEET – other', ['G5', 'G1', 'G2', 'G3']],
  ['NEET – pregnancy or parenting', ['G6']],
  [NOT_RECORDED, []],
] as const;
const ACTIVITY_GROUP_OF_CODE = codeLookup(ACTIVITY_GROUPS);

export function activityGroupOf(row: CareLeaverRow): string {
  return row.activity === null ? NOT_RECORDED : ACTIVITY_GROUP_OF_CODE.get(row.activity.toUpperCase()) ?? NOT_RECORDED;
}

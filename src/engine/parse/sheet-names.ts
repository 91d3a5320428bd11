/**
 * Which Annex A list a worksheet holds, judged by its name alone (inputs.md "Source lists").
 * Names are compared case- and space-insensitively: "List 1", "list_1", "LIST1" and "Contacts"
 * all mean List 1. CSV callers pass the file name without its extension (".csv" is dropped too).
 * Failing those, a name that holds "List N" as words matches list N whatever surrounds it
 * ("Ofsted List 1 - Contacts 2021", the file names of the SSD Annex A extract; "ILACS List 8 (CLA)"):
 * the number is a whole word, so "List 10" is never List 1.
 */
import type { ListNumber } from '../types';
import { normaliseSheetName } from './normalise';

export type SheetMatch =
  | { kind: 'list'; list: ListNumber }
  /** Lists 2, 5, 10 and 11: recognised, deliberately not read. */
  | { kind: 'ignored-list'; number: number }
  | { kind: 'none' };

const LIST_SHEET_NAMES: ReadonlyArray<readonly [ListNumber, readonly string[]]> = [
  [1, ['List 1', 'List_1', 'List1', 'Contacts']],
  [3, ['List 3', 'List_3', 'List3', 'Referrals']],
  [4, ['List 4', 'List_4', 'List4', 'Assessments']],
  [6, ['List 6', 'List_6', 'List6', 'Children in need', 'CIN']],
  [7, ['List 7', 'List_7', 'List7', 'Child protection', 'CP']],
  [8, ['List 8', 'List_8', 'List8', 'Children in care', 'Looked after', 'CLA', 'LAC']],
  [9, ['List 9', 'List_9', 'List9', 'Care leavers']],
];

const IGNORED_LIST_NUMBERS = [2, 5, 10, 11];

const MATCHES: ReadonlyMap<string, SheetMatch> = buildMatches();

function buildMatches(): Map<string, SheetMatch> {
  const matches = new Map<string, SheetMatch>();
  for (const [list, names] of LIST_SHEET_NAMES) {
    for (const name of names) matches.set(normaliseSheetName(name), { kind: 'list', list });
  }
  for (const number of IGNORED_LIST_NUMBERS) {
    for (const name of [`List ${number}`, `List_${number}`]) matches.set(normaliseSheetName(name), { kind: 'ignored-list', number });
  }
  return matches;
}

const NO_MATCH: SheetMatch = { kind: 'none' };

/**
 * "list", then optional spaces / underscores / a dash or dot, then the number as a whole word.
 * The look-behind keeps "Checklist 3" out; the look-ahead keeps "List 10" from being List 1 and
 * "List 1a" from being anything.
 */
const LIST_N_IN_NAME = /(?<![a-z0-9])list[\s_.-]*(\d+)(?![0-9a-z])/i;

export function matchSheetName(name: string): SheetMatch {
  return MATCHES.get(normaliseSheetName(name)) ?? matchListWords(name);
}

function matchListWords(name: string): SheetMatch {
  const found = LIST_N_IN_NAME.exec(name.replace(/\u00A0/g, ' '));
  if (found === null) return NO_MATCH;
  return MATCHES.get(`list${Number(found[1])}`) ?? NO_MATCH;
}

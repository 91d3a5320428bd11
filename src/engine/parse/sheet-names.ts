/**
 * Which Annex A list a worksheet holds, judged by its name alone (inputs.md "Source lists").
 * Names are compared case- and space-insensitively: "List 1", "list_1", "LIST1" and "Contacts"
 * all mean List 1. CSV callers pass the file name without its extension (".csv" is dropped too).
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

export function matchSheetName(name: string): SheetMatch {
  return MATCHES.get(normaliseSheetName(name)) ?? NO_MATCH;
}

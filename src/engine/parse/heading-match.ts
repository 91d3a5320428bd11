/**
 * The one heading matcher (inputs.md "Heading matching"): a heading → the canonical column it
 * names in a given list, by three table-driven tiers, strongest first:
 *
 * 1. exact: the heading's words (naming style undone, then normalised) equal the canonical
 *    heading's or an alias's words;
 * 2. compact: the same with every character but letters and digits dropped, so `CHILDUNIQUEID`,
 *    `Child'sLegalStatus` and `Age_of_Child_(Years)` match too;
 * 3. pattern: one of LIIA's header patterns (heading-aliases.ts) matches the words, and no other
 *    column of the list has a pattern that matches them.
 *
 * The tables are built once per list at module load, and building fails loudly if two columns of
 * one list would share an exact or compact form: an alias can never make a heading ambiguous.
 */
import type { ListNumber } from '../types';
import { LIST_NUMBERS } from '../types';
import { LIST_COLUMNS } from './columns';
import { HEADING_ALIASES, HEADING_PATTERNS } from './heading-aliases';
import { normaliseHeading, tidyText } from './normalise';

/** How strongly a heading matched: a stronger match of a column wins over weaker ones for it. */
export const MatchStrength = { Pattern: 1, Compact: 2, Exact: 3 } as const;
export type MatchStrength = (typeof MatchStrength)[keyof typeof MatchStrength];

export interface HeadingMatch {
  key: string;
  strength: MatchStrength;
}

const UNDERSCORES = /_+/g;
const LOWER_THEN_UPPER = /([a-z])([A-Z])/g;
const CAPITALS_THEN_WORD = /([A-Z]+)([A-Z][a-z])/g;
const LETTER_THEN_DIGIT = /([A-Za-z])(\d)/g;
const DIGIT_THEN_LETTER = /(\d)([A-Za-z])/g;
const NOT_LETTER_OR_DIGIT = /[^a-z0-9]+/g;

/**
 * A heading's words as compared: snake_case and UPPER_SNAKE underscores become spaces, CamelCase
 * and PascalCase are split (`CINStartDate` → `CIN Start Date`, `ReferralsLast12Months` →
 * `Referrals Last 12 Months`), then the heading is normalised (normalise.ts normaliseHeading).
 */
export function headingWords(heading: string): string {
  const split = tidyText(heading)
    .replace(UNDERSCORES, ' ')
    .replace(LOWER_THEN_UPPER, '$1 $2')
    .replace(CAPITALS_THEN_WORD, '$1 $2')
    .replace(LETTER_THEN_DIGIT, '$1 $2')
    .replace(DIGIT_THEN_LETTER, '$1 $2');
  return normaliseHeading(split);
}

/** The heading's letters and digits only, lower case. */
export function compactHeading(words: string): string {
  return words.replace(NOT_LETTER_OR_DIGIT, '');
}

interface ListMatcher {
  exact: Map<string, string>;
  compact: Map<string, string>;
  patterns: ReadonlyArray<readonly [RegExp, string]>;
}

function addForm(forms: Map<string, string>, form: string, key: string, list: ListNumber, text: string): void {
  const existing = forms.get(form);
  if (existing !== undefined && existing !== key) {
    throw new Error(`heading table: "${text}" would match both "${existing}" and "${key}" in List ${list}`);
  }
  forms.set(form, key);
}

function buildMatcher(list: ListNumber): ListMatcher {
  const exact = new Map<string, string>();
  const compact = new Map<string, string>();
  const patterns: [RegExp, string][] = [];
  const { required, optional } = LIST_COLUMNS[list];
  for (const key of [...required, ...optional]) {
    for (const text of [key, ...(HEADING_ALIASES[key] ?? []).map((alias) => alias.text)]) {
      const words = headingWords(text);
      addForm(exact, words, key, list, text);
      addForm(compact, compactHeading(words), key, list, text);
    }
    for (const pattern of HEADING_PATTERNS[key] ?? []) patterns.push([pattern.words, key]);
  }
  return { exact, compact, patterns };
}

const MATCHERS: Readonly<Record<ListNumber, ListMatcher>> = Object.fromEntries(
  LIST_NUMBERS.map((list) => [list, buildMatcher(list)]),
) as Record<ListNumber, ListMatcher>;

/** The column of `list` that `heading` names, or null when it names none (or, by pattern only, several). */
export function matchHeading(list: ListNumber, heading: string): HeadingMatch | null {
  const matcher = MATCHERS[list];
  const words = headingWords(heading);
  const exact = matcher.exact.get(words);
  if (exact !== undefined) return { key: exact, strength: MatchStrength.Exact };
  const compact = matcher.compact.get(compactHeading(words));
  if (compact !== undefined) return { key: compact, strength: MatchStrength.Compact };
  const claimed = patternKeys(matcher, words);
  return claimed.length === 1 ? { key: claimed[0], strength: MatchStrength.Pattern } : null;
}

/**
 * Every column of `list` that any tier would give `heading` to (for tests: a heading of one
 * column must be claimed by that column alone).
 */
export function claimingKeys(list: ListNumber, heading: string): string[] {
  const matcher = MATCHERS[list];
  const words = headingWords(heading);
  const keys = new Set<string>();
  const exact = matcher.exact.get(words);
  if (exact !== undefined) keys.add(exact);
  const compact = matcher.compact.get(compactHeading(words));
  if (compact !== undefined) keys.add(compact);
  for (const key of patternKeys(matcher, words)) keys.add(key);
  return [...keys];
}

function patternKeys(matcher: ListMatcher, words: string): string[] {
  const keys: string[] = [];
  for (const [pattern, key] of matcher.patterns) {
    if (pattern.test(words) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

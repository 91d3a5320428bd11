/**
 * Yes/No cells (inputs.md): `a) Yes`, `Yes`, `Y`, `1`, `TRUE`, true / `b) No`, `No`, `N`, `0`,
 * `FALSE`, false. "Unknown" (the template's `c) Unknown`) is a deliberate answer: read as blank
 * without a problem. Anything else is undefined (the caller reports it).
 */
import type { CellValue } from '../types';
import { tidyText } from './normalise';

const LETTER_PREFIX = /^[a-z]{1,2}\)\s*/;
const yesNoCache = new Map<string, boolean | null | undefined>();
const suitabilityCache = new Map<string, boolean | undefined>();
const locationCache = new Map<string, 'in' | 'out' | undefined>();

/** Answers cached by raw text: a column repeats a handful of spellings. Capped so junk cannot grow it without bound. */
const CACHE_LIMIT = 1000;

function cached<T>(cache: Map<string, T>, raw: string, answers: ReadonlyMap<string, T>): T {
  const hit = cache.get(raw);
  if (hit !== undefined || cache.has(raw)) return hit as T;
  const answer = answers.get(tidyText(raw).toLowerCase().replace(LETTER_PREFIX, '')) as T;
  if (cache.size < CACHE_LIMIT) cache.set(raw, answer);
  return answer;
}

const ANSWERS: ReadonlyMap<string, boolean | null> = new Map<string, boolean | null>([
  ['yes', true], ['y', true], ['1', true], ['true', true],
  ['no', false], ['n', false], ['0', false], ['false', false],
  ['unknown', null], ['not known', null],
]);

/** true / false; null for "Unknown"; undefined when the value is not a yes/no answer. */
export function parseYesNo(value: CellValue): boolean | null | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  return cached(yesNoCache, value, ANSWERS);
}

const SUITABILITY: ReadonlyMap<string, boolean> = new Map([
  ['suitable', true], ['unsuitable', false], ['not suitable', false],
  ['yes', true], ['y', true], ['no', false], ['n', false],
]);

/** Suitability of Accommodation: Suitable → true, Unsuitable → false, else undefined. */
export function parseSuitability(value: CellValue): boolean | undefined {
  if (typeof value !== 'string') return undefined;
  return cached(suitabilityCache, value, SUITABILITY);
}

const LOCATIONS: ReadonlyMap<string, 'in' | 'out'> = new Map([
  ['in', 'in'], ['out', 'out'], ['inside', 'in'], ['outside', 'out'],
]);

/** Placement Location: `a) In` / `In` → 'in', `b) Out` / `Out` → 'out', else undefined. */
export function parsePlacementLocation(value: CellValue): 'in' | 'out' | undefined {
  if (typeof value !== 'string') return undefined;
  return cached(locationCache, value, LOCATIONS);
}

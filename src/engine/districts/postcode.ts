/**
 * UK postcode handling for district resolution (inputs.md "District of a child"). Postcodes are
 * compared in one canonical form: upper case, no inner spaces except one before the last three
 * characters ("wr12ey" → "WR1 2EY"). Anything that is not then a valid UK postcode is "malformed"
 * and the caller moves on to the next resolution step.
 */

/** Valid UK postcode in canonical form (outward code, one space, inward code). */
const UK_POSTCODE = /^[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}$/;

/** Every kind of white space, including the non-breaking space pasted from web pages. */
const ANY_SPACE = /[\s\u00a0]+/g;

/**
 * The canonical form of a postcode, or null when it is blank or not a valid UK postcode.
 * Examples: "wr1 2ey" → "WR1 2EY", "B601AA" → "B60 1AA", "WR1" → null, "N/K" → null.
 */
export function normalisePostcode(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const compact = String(raw).replace(ANY_SPACE, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return null;
  const canonical = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return UK_POSTCODE.test(canonical) ? canonical : null;
}

/** Outward code of a canonical postcode: "WR1 2EY" → "WR1". */
export function outwardCode(canonical: string): string {
  return canonical.slice(0, canonical.indexOf(' '));
}

/** Postcode sector of a canonical postcode: "WR1 2EY" → "WR1 2". */
export function postcodeSector(canonical: string): string {
  return canonical.slice(0, canonical.indexOf(' ') + 2);
}

/**
 * normalisePostcode, remembered by raw text for the whole process: the parser (checking every
 * postcode cell) and every build's resolver ask about the same few thousand postcodes over and
 * over. Capped so that junk cannot grow it without bound (beyond the cap it just computes).
 */
const canonicalCache = new Map<string, string | null>();
const CANONICAL_CACHE_LIMIT = 100_000;

export function canonicalPostcode(raw: string): string | null {
  // Most cells already hold the canonical form: recognise it by its characters, which is cheaper
  // than a look-up in a cache of tens of thousands of strings.
  if (isCanonical(raw)) return raw;
  const hit = canonicalCache.get(raw);
  if (hit !== undefined) return hit;
  const canonical = normalisePostcode(raw);
  if (canonicalCache.size < CANONICAL_CACHE_LIMIT) canonicalCache.set(raw, canonical);
  return canonical;
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when `s` is already a canonical valid postcode (same rule as UK_POSTCODE, without a regex). */
export function isCanonical(s: string): boolean {
  const n = s.length;
  if (n < 6 || n > 8 || s.charCodeAt(n - 4) !== 32) return false;
  if (!isDigit(s.charCodeAt(n - 3)) || !isUpper(s.charCodeAt(n - 2)) || !isUpper(s.charCodeAt(n - 1))) return false;
  // Outward code: 1–2 letters, a digit, then optionally one digit or letter.
  const outward = n - 4;
  let i = 0;
  while (i < outward && i < 2 && isUpper(s.charCodeAt(i))) i++;
  if (i === 0 || i >= outward || !isDigit(s.charCodeAt(i))) return false;
  i++;
  if (i === outward) return true;
  const last = s.charCodeAt(i);
  return i + 1 === outward && (isDigit(last) || isUpper(last));
}

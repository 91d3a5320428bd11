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
  const hit = canonicalCache.get(raw);
  if (hit !== undefined) return hit;
  const canonical = normalisePostcode(raw);
  if (canonicalCache.size < CANONICAL_CACHE_LIMIT) canonicalCache.set(raw, canonical);
  return canonical;
}

/**
 * Postcode cells (inputs.md "District of a child"; indicators.md "a bad optional cell"): a
 * non-blank home `Postcode` or `Placement postcode` that is not a valid UK postcode once
 * normalised is a row problem. Validity is the district resolver's own rule
 * (engine/districts/postcode.ts), so the parser warns exactly when the resolver will fall through.
 */
import { normalisePostcode } from '../districts/postcode';

/**
 * Answers cached by the trimmed text: a county's extracts repeat a few thousand postcodes over
 * hundreds of thousands of rows. The cap is high because postcodes are many; it only bounds junk.
 */
const validityCache = new Map<string, boolean>();
const CACHE_LIMIT = 100_000;

export function isValidPostcodeText(text: string): boolean {
  const hit = validityCache.get(text);
  if (hit !== undefined) return hit;
  const valid = normalisePostcode(text) !== null;
  if (validityCache.size < CACHE_LIMIT) validityCache.set(text, valid);
  return valid;
}

/**
 * Postcode cells (inputs.md "District of a child"; indicators.md "a bad optional cell"): a
 * non-blank home `Postcode` or `Placement postcode` that is not a valid UK postcode once
 * normalised is a row problem. Validity is the district resolver's own rule and cache
 * (engine/districts/postcode.ts), so the parser warns exactly when the resolver will fall through,
 * and each distinct postcode is normalised once for both.
 */
import { canonicalPostcode } from '../districts/postcode';

export function isValidPostcodeText(text: string): boolean {
  return canonicalPostcode(text) !== null;
}

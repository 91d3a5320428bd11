/**
 * The district resolver the blocks and #19 use. districts/resolve.ts (another module) implements it
 * as `createDistrictResolver(settings)`; this interface lets the calculation code and its tests
 * depend on the shape only.
 */
import type { BaseRow, ClaRow } from '../lists';

export const OUTSIDE_AUTHORITY = 'Outside the authority';
export const UNKNOWN_DISTRICT = 'Unknown';

export interface DistrictResolver {
  /** A configured district name, 'Outside the authority' or 'Unknown' from the row's home details. */
  homeDistrict(row: BaseRow): string;
  /** The same from the placement postcode first (List 8 district profiles). */
  placementDistrict(row: ClaRow): string;
  /** true/false for a valid postcode inside/outside the configured districts; null for blank or malformed. */
  isInsideAuthority(postcode: string | null): boolean | null;
}

/**
 * District of a row (inputs.md "District of a child"). First hit wins:
 *   1. the row's `District` column, when it names a configured district;
 *   2. a postcode (home `Postcode`, or for List 8 district profiles the `Placement postcode`):
 *      full postcode lookup → sector lookup → outward code whose listed postcodes all lie in one
 *      district. A valid postcode that lands on no configured district is "Outside the authority";
 *      a blank or malformed one falls through;
 *   3. `Allocated Team` in the team → district lookup;
 *   4. "Unknown".
 * The resolver runs over hundreds of thousands of rows, so lookups are precomputed once and
 * every distinct postcode string is resolved only once.
 */
import type { BaseRow, ClaRow } from '../lists';
import type { Settings } from '../settings/types';
import { canonicalPostcode, outwardCode, postcodeSector } from './postcode';

export const OUTSIDE_AUTHORITY = 'Outside the authority';
export const UNKNOWN_DISTRICT = 'Unknown';

export interface DistrictResolver {
  /** District of the child's home: District column → home postcode → team → Unknown. */
  homeDistrict(row: BaseRow): string;
  /** District of a placement (List 8 profiles): District column → placement postcode → team → Unknown. */
  placementDistrict(row: ClaRow): string;
  /** True: resolves to a configured district; false: any other valid postcode; null: blank or malformed. */
  isInsideAuthority(postcode: string | null): boolean | null;
}

/** Result of the postcode step: a configured district, Outside, or null (blank/malformed: fall through). */
type PostcodeOutcome = string | null;

export function createDistrictResolver(settings: Settings): DistrictResolver {
  const configured = configuredNames(settings);
  // Only a postcode missing from the full and sector lookups needs the outward-code table.
  let outwardTable: Map<string, string> | undefined;
  const outwardDistricts = (): Map<string, string> => (outwardTable ??= outwardTableFor(settings.postcodes));
  const postcodeCache = postcodeCacheFor(settings);

  const matchConfigured = (name: string | null | undefined): string | null =>
    name ? configured.get(name.trim().toLowerCase()) ?? null : null;

  const resolvePostcode = (raw: string | null): PostcodeOutcome => {
    if (raw === null || raw === undefined) return null;
    const cached = postcodeCache.get(raw);
    if (cached !== undefined) return cached;
    const outcome = postcodeOutcome(raw, settings, outwardDistricts, matchConfigured);
    postcodeCache.set(raw, outcome);
    return outcome;
  };

  // District and team texts repeat on every row of a child or team: each is matched once per build.
  const districtCache = new Map<string, string | null>();
  const districtColumn = (district: string | null): string | null => {
    if (!district) return null;
    let matched = districtCache.get(district);
    if (matched === undefined) districtCache.set(district, (matched = matchConfigured(district)));
    return matched;
  };

  const teamCache = new Map<string, string | null>();
  const teamDistrict = (team: string | null): string | null => {
    if (!team) return null;
    let matched = teamCache.get(team);
    if (matched === undefined) teamCache.set(team, (matched = matchConfigured(settings.teamDistricts.get(team.trim().toLowerCase()))));
    return matched;
  };

  const resolveRow = (row: BaseRow, postcode: string | null): string =>
    districtColumn(row.district) ?? resolvePostcode(postcode) ?? teamDistrict(row.team) ?? UNKNOWN_DISTRICT;

  return {
    homeDistrict: (row) => resolveRow(row, row.postcode),
    placementDistrict: (row) => resolveRow(row, row.placementPostcode),
    isInsideAuthority: (postcode) => {
      const outcome = resolvePostcode(postcode);
      return outcome === null ? null : outcome !== OUTSIDE_AUTHORITY;
    },
  };
}

/** Lower-case name → configured spelling, so "WORCESTER" and "worcester" both give "Worcester". */
function configuredNames(settings: Settings): Map<string, string> {
  return new Map(settings.districts.map((d) => [d.name.trim().toLowerCase(), d.name] as const));
}

function postcodeOutcome(
  raw: string,
  settings: Settings,
  outwardDistricts: () => Map<string, string>,
  matchConfigured: (name: string | null | undefined) => string | null,
): PostcodeOutcome {
  const canonical = canonicalPostcode(raw);
  if (canonical === null) return null;
  const lookupHit =
    settings.postcodes.get(canonical) ??
    settings.postcodeSectors.get(postcodeSector(canonical)) ??
    outwardDistricts().get(outwardCode(canonical));
  // A hit naming another authority's district, or no hit at all, is still a real place: outside.
  return matchConfigured(lookupHit) ?? OUTSIDE_AUTHORITY;
}

/**
 * A postcode's outcome depends only on the lookups and the configured district names, which stay
 * the same from build to build: keep the outcomes per lookup Map and per district list, so a
 * rebuild (or the next quarter's build in the same session) does not resolve them all again.
 * Capped so that junk values in a huge list cannot grow it without limit.
 */
const POSTCODE_CACHE_LIMIT = 200_000;
const postcodeCaches = new WeakMap<Map<string, string>, Map<string, Map<string, PostcodeOutcome>>>();
function postcodeCacheFor(settings: Settings): Map<string, PostcodeOutcome> {
  let byDistricts = postcodeCaches.get(settings.postcodes);
  if (!byDistricts) postcodeCaches.set(settings.postcodes, (byDistricts = new Map()));
  const key = `${settings.districts.map((d) => d.name).join('\u0000')}\u0001${sectorsKey(settings.postcodeSectors)}`;
  let cache = byDistricts.get(key);
  if (!cache || cache.size > POSTCODE_CACHE_LIMIT) byDistricts.set(key, (cache = new Map()));
  return cache;
}

/** An identity for the sector lookup (a new Map gets a new number), so the cache follows it too. */
const sectorIds = new WeakMap<Map<string, string>, number>();
let nextSectorId = 0;
function sectorsKey(sectors: Map<string, string>): number {
  let id = sectorIds.get(sectors);
  if (id === undefined) sectorIds.set(sectors, (id = nextSectorId++));
  return id;
}

/**
 * The outward-code table depends only on the postcode lookup, which is loaded once and then read
 * by build after build: compute it once per lookup Map (a WeakMap lets a replaced lookup go).
 * A caller that edits a lookup Map in place must pass a new Map (settings readers always do).
 */
const outwardTables = new WeakMap<Map<string, string>, Map<string, string>>();
function outwardTableFor(postcodes: Map<string, string>): Map<string, string> {
  let table = outwardTables.get(postcodes);
  if (!table) outwardTables.set(postcodes, (table = singleDistrictOutwardCodes(postcodes)));
  return table;
}

/**
 * Outward codes whose listed postcodes all lie in one district ("every listed postcode of that
 * outward code lies in one district"). Outward codes split between districts are left out.
 */
export function singleDistrictOutwardCodes(postcodes: Map<string, string>): Map<string, string> {
  const byOutward = new Map<string, string | null>();
  // forEach, not for…of: this runs once per process, unoptimised, over some 17,000 entries, where
  // for…of allocates an entry pair and an iterator result for each (megabytes of young garbage).
  postcodes.forEach((district, postcode) => {
    const canonical = canonicalPostcode(postcode);
    if (canonical === null) return;
    const outward = outwardCode(canonical);
    const seen = byOutward.get(outward);
    if (seen === undefined) byOutward.set(outward, district);
    else if (seen !== null && seen !== district && seen.toLowerCase() !== district.toLowerCase()) byOutward.set(outward, null);
  });
  const single = new Map<string, string>();
  byOutward.forEach((district, outward) => {
    if (district !== null) single.set(outward, district);
  });
  return single;
}

/**
 * Postcodes for the sample: home postcodes drawn from the authority's postcode lookup (districts
 * weighted by child population and by how much social-care need each has), placement postcodes
 * inside the county, and real-format postcodes elsewhere that the district rules call
 * "Outside the authority".
 */
import { createDistrictResolver } from '../engine/districts/resolve';
import type { Settings } from '../engine/settings/types';
import { Rng, table, type WeightedTable } from './prng';

/**
 * Relative rate of children's social care involvement per child, by district: the towns
 * (Redditch, Worcester, Kidderminster) carry more need than the rural districts. Malvern Hills is
 * deliberately low so that some of its counts fall below the suppression threshold.
 */
const NEED_FACTOR: Record<string, number> = {
  Bromsgrove: 0.8,
  'Malvern Hills': 0.6,
  Redditch: 1.35,
  Worcester: 1.35,
  Wychavon: 0.8,
  'Wyre Forest': 1.3,
};

/** Care leavers gather in the towns; very few live in Malvern Hills. */
const CARE_LEAVER_FACTOR: Record<string, number> = { ...NEED_FACTOR, 'Malvern Hills': 0.22 };

/** Outward codes of other authorities (none is in the Worcestershire lookups), with the LA holding them. */
const OUTSIDE_AREAS: readonly (readonly [outward: string, authority: string])[] = [
  ['B1', 'Birmingham'], ['B5', 'Birmingham'], ['B23', 'Birmingham'], ['B44', 'Birmingham'], ['B33', 'Birmingham'],
  ['CV1', 'Coventry'], ['CV2', 'Coventry'], ['CV31', 'Warwickshire'], ['CV11', 'Warwickshire'],
  ['GL1', 'Gloucestershire'], ['GL51', 'Gloucestershire'], ['GL4', 'Gloucestershire'],
  ['HR1', 'Herefordshire'], ['HR2', 'Herefordshire'], ['HR4', 'Herefordshire'],
  ['SY1', 'Shropshire'], ['SY3', 'Shropshire'], ['TF1', 'Telford and Wrekin'],
  ['DY1', 'Dudley'], ['DY2', 'Dudley'], ['WS1', 'Walsall'], ['WV1', 'Wolverhampton'], ['ST4', 'Stoke-on-Trent'],
  ['M1', 'Manchester'], ['CF10', 'Cardiff'], ['BS1', 'Bristol'], ['NG7', 'Nottingham'], ['LS9', 'Leeds'],
];
/** Sectors in the lookup whose modal district is another authority's (a lookup hit that is still outside). */
const OUTSIDE_SECTORS: readonly (readonly [sector: string, authority: string])[] = [
  ['B14 5', 'Birmingham'], ['B31 4', 'Birmingham'], ['B38 8', 'Birmingham'], ['CV37 8', 'Warwickshire'], ['HR8 1', 'Herefordshire'],
];

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export interface PlacementPostcode {
  postcode: string;
  inside: boolean;
  /** The local authority the placement lies in (for `LA of Placement`). */
  authority: string;
}

export class PostcodePools {
  private readonly byDistrict = new Map<string, string[]>();
  private readonly homeDistricts: WeightedTable<string>;
  private readonly placementDistricts: WeightedTable<string>;
  private readonly careLeaverDistricts: WeightedTable<string>;
  private readonly isInside: (postcode: string) => boolean | null;

  constructor(private readonly settings: Settings) {
    for (const d of settings.districts) this.byDistrict.set(d.name, []);
    for (const [postcode, district] of settings.postcodes) this.byDistrict.get(district)?.push(postcode);
    const weighted = (factor: Record<string, number>) =>
      table(settings.districts.map((d) => [d.name, d.population * (factor[d.name] ?? 1)] as const));
    this.homeDistricts = weighted(NEED_FACTOR);
    this.placementDistricts = weighted({});
    this.careLeaverDistricts = weighted(CARE_LEAVER_FACTOR);
    const resolver = createDistrictResolver(settings);
    this.isInside = (postcode) => resolver.isInsideAuthority(postcode);
  }

  /** A home postcode for a child of the authority (district chosen by population × need). */
  home(rng: Rng): string {
    return this.inDistrict(rng, this.homeDistricts.draw(rng));
  }

  careLeaverHome(rng: Rng): string {
    return this.inDistrict(rng, this.careLeaverDistricts.draw(rng));
  }

  /** A placement postcode: `outsideShare` of them in another authority. */
  placement(rng: Rng, outsideShare: number): PlacementPostcode {
    if (rng.chance(outsideShare)) return this.outside(rng);
    return { postcode: this.inDistrict(rng, this.placementDistricts.draw(rng)), inside: true, authority: this.settings.authority };
  }

  /** A valid postcode that the district rules resolve to "Outside the authority". */
  outside(rng: Rng): PlacementPostcode {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const useSector = rng.chance(0.15);
      const [prefix, authority] = useSector ? rng.pick(OUTSIDE_SECTORS) : rng.pick(OUTSIDE_AREAS);
      const sectorDigit = useSector ? '' : ` ${rng.int(1, 9)}`;
      const postcode = `${prefix}${sectorDigit}${rng.pick([...INWARD_LETTERS])}${rng.pick([...INWARD_LETTERS])}`;
      if (this.isInside(postcode) === false) return { postcode, inside: false, authority };
    }
    return { postcode: 'M1 1AE', inside: false, authority: 'Manchester' };
  }

  private inDistrict(rng: Rng, district: string): string {
    const pool = this.byDistrict.get(district);
    if (!pool || pool.length === 0) throw new Error(`No postcodes listed for district ${district}`);
    return rng.pick(pool);
  }
}

/**
 * Synthetic children: unique 6–8 digit IDs (a few held as text with leading zeros, as some case
 * management systems export them), a date of birth, gender, ethnicity and a home postcode.
 */
import { addYears } from '../engine/dates';
import type { Day } from '../engine/types';
import { ETHNICITY, GENDER } from './codes';
import type { PostcodePools } from './places';
import { Rng, table } from './prng';
import type { Child } from './records';

/** Age at referral, in whole years (England CIN census shape: many babies and teenagers). */
const REFERRAL_AGE = table([
  [0, 10], [1, 5], [2, 5], [3, 5], [4, 5], [5, 5], [6, 5], [7, 5], [8, 5], [9, 5],
  [10, 5.5], [11, 5.5], [12, 6], [13, 6.5], [14, 7], [15, 7], [16, 6], [17, 4],
] as const);

/** Age on entering care. */
export const CARE_ENTRY_AGE = table([
  [0, 20], [1, 5], [2, 3.5], [3, 3], [4, 3], [5, 3], [6, 3], [7, 3.5], [8, 3.5], [9, 3.5],
  [10, 4.5], [11, 5], [12, 6], [13, 7.5], [14, 8], [15, 7.5], [16, 6], [17, 3],
] as const);

export class ChildFactory {
  private readonly usedIds = new Set<number>();
  readonly all: Child[] = [];

  constructor(
    private readonly rng: Rng,
    private readonly postcodes: PostcodePools,
  ) {}

  /** A new child aged `ageYears` (plus a random part-year) on `onDay`. */
  create(onDay: Day, ageYears: number): Child {
    const rng = this.rng;
    const birthday = addYears(onDay, -ageYears);
    const child: Child = {
      id: this.newId(),
      dateOfBirth: birthday - rng.int(0, 364),
      gender: GENDER.draw(rng),
      ethnicity: ETHNICITY.draw(rng),
      disability: rng.chance(0.08),
      postcode: this.homePostcode(),
      busyUntil: -Infinity,
      referralDates: [],
      plans: 0,
      earlierPlans: 0,
    };
    this.all.push(child);
    return child;
  }

  /** A child referred on `onDay` at a typical referral age. */
  referred(onDay: Day): Child {
    return this.create(onDay, REFERRAL_AGE.draw(this.rng));
  }

  private homePostcode(): string | null {
    const roll = this.rng.next();
    if (roll < 0.02) return null;
    // A few unusable postcodes, as typed into case records: the district falls back to team/Unknown.
    if (roll < 0.025) return this.rng.pick(['N/K', 'NFA', 'WR1', 'TBC']);
    return this.postcodes.home(this.rng);
  }

  private newId(): number | string {
    const rng = this.rng;
    for (;;) {
      const digits = rng.pick([6, 7, 7, 8, 8, 8]);
      const value = rng.int(10 ** (digits - 1), 10 ** digits - 1);
      if (this.usedIds.has(value)) continue;
      this.usedIds.add(value);
      // About 4% keep leading zeros and so must stay text ("00" + 6 digits is 8 characters).
      if (digits === 6 && rng.chance(0.25)) return `00${value}`;
      return value;
    }
  }
}

/** The 18th birthday: children's cases end by then. */
export function eighteenthBirthday(child: Child): Day {
  return addYears(child.dateOfBirth, 18);
}

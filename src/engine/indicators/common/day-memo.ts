/**
 * A Day → Day function worked out once per distinct day. Calendar shifts ("12 months before",
 * "the second anniversary") go through Date objects; the rows of a list share a few hundred
 * distinct dates, so each is converted once instead of once per row.
 */
import type { Day } from '../../types';

export function memoDays(shift: (d: Day) => Day): (d: Day) => Day {
  const known = new Map<Day, Day>();
  return (d) => {
    let shifted = known.get(d);
    if (shifted === undefined) known.set(d, (shifted = shift(d)));
    return shifted;
  };
}

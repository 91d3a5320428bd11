/**
 * List 9: young people who left care, as on the extract's last day. Those the simulation saw
 * leave care at 18 come first (same ID and date of birth as their List 8 rows); the rest of the
 * ~600 are older care leavers whose time in care predates the extract. Ages run 17–21 with a
 * tail of over-21s still supported. In touch ~90%, suitable accommodation ~88%, EET ~50%.
 */
import { addYears } from '../engine/dates';
import {
  ACCOMMODATION, ACTIVITY_EET, ACTIVITY_NEET, ELIGIBILITY, IN_TOUCH, SUITABLE, UNSUITABLE, UNSUITABLE_TYPES, type Code,
} from './codes';
import { ageOn } from './cases';
import type { ChildFactory } from './people';
import type { PostcodePools } from './places';
import { Rng, table } from './prng';
import type { CareLeaverRecord, Child, SampleRecords } from './records';
import type { SampleWindow } from './window';

/** Ages (on the extract's last day) of care leavers that top up the list. */
const TOP_UP_AGE = table([[17, 6], [18, 20], [19, 20], [20, 19], [21, 17], [22, 8], [23, 6], [24, 4]] as const);
/** Chance that a young person who left care at 18 is still open to the service at each age. */
const STILL_OPEN: Record<number, number> = { 17: 1, 18: 0.97, 19: 0.95, 20: 0.93, 21: 0.85, 22: 0.35, 23: 0.25, 24: 0.15 };

export function addCareLeavers(
  rng: Rng, window: SampleWindow, children: ChildFactory, pools: PostcodePools, records: SampleRecords, leavers: Child[], target: number,
): void {
  const E = window.extractEnd;
  const seen = new Set<Child>();
  for (const child of leavers) {
    if (records.careLeavers.length >= target) break;
    if (seen.has(child) || addYears(child.dateOfBirth, 18) > E) continue;
    seen.add(child);
    const age = ageOn(child, E);
    if (!rng.chance(STILL_OPEN[age] ?? 0)) continue;
    records.careLeavers.push(careLeaver(rng, child, age, pools));
  }
  while (records.careLeavers.length < target) {
    const age = TOP_UP_AGE.draw(rng);
    const child = children.create(E, age);
    records.careLeavers.push(careLeaver(rng, child, age, pools));
  }
}

function careLeaver(rng: Rng, child: Child, age: number, pools: PostcodePools): CareLeaverRecord {
  const inTouch = IN_TOUCH.draw(rng);
  const circumstances = inTouch.code === 'Yes' ? inTouchCircumstances(rng) : notInTouchCircumstances(rng, inTouch);
  return {
    child,
    postcode: rng.chance(0.02) ? null : pools.careLeaverHome(rng),
    eligibility: age < 18 ? ELIGIBILITY.relevant : rng.chance(0.9) ? ELIGIBILITY.formerRelevant : ELIGIBILITY.qualifying,
    inTouch,
    ...circumstances,
  };
}

interface Circumstances {
  accommodation: Code | null;
  suitable: Code | null;
  activity: Code | null;
}

function inTouchCircumstances(rng: Rng): Circumstances {
  const accommodation = ACCOMMODATION.draw(rng);
  const suitable = (UNSUITABLE_TYPES.has(accommodation.code) && rng.chance(0.6)) || !rng.chance(0.965) ? UNSUITABLE : SUITABLE;
  const activity = rng.chance(0.535) ? ACTIVITY_EET.draw(rng) : ACTIVITY_NEET.draw(rng);
  return { accommodation, suitable, activity };
}

/** Little is known about young people the authority has lost touch with. */
function notInTouchCircumstances(rng: Rng, inTouch: Code): Circumstances {
  if (inTouch.code === 'Died') return { accommodation: null, suitable: null, activity: null };
  if (inTouch.code === 'NREQ' || inTouch.code === 'Rhom') {
    return { accommodation: ACCOMMODATION.draw(rng), suitable: SUITABLE, activity: rng.chance(0.5) ? ACTIVITY_EET.draw(rng) : ACTIVITY_NEET.draw(rng) };
  }
  return { accommodation: null, suitable: null, activity: rng.chance(0.3) ? ACTIVITY_NEET.draw(rng) : null };
}


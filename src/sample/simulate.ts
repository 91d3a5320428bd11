/**
 * The simulation behind the sample: day by day from the warm-up start to the extract's last day,
 * referrals arrive (some of them re-referrals of children seen in the last 12 months), each with
 * its contact, and open a case (cases.ts); other contacts arrive that never become referrals.
 * Children already in care when the warm-up starts come from a steady-state history of entries
 * over the 18 years before it. Short-break (V3/V4) periods and care leavers are added at the end.
 */
import { addYears, ymdFromDay } from '../engine/dates';
import type { Day } from '../engine/types';
import { CaseBuilder, ageOn } from './cases';
import { CONTACT_SOURCE, REFERRAL_SOURCE, SHORT_BREAKS, SHORT_BREAK_PLACEMENT, fixedCode } from './codes';
import { addCareLeavers } from './care-leavers';
import { CARE_ENTRY_AGE, ChildFactory, eighteenthBirthday } from './people';
import type { PostcodePools } from './places';
import { Rng } from './prng';
import type { Child, SampleRecords } from './records';
import { isWorkingDay, type SampleWindow } from './window';

/** Yearly volumes at scale 1 (a county of ~119,000 children). */
export const VOLUMES = {
  referralsPerYear: 5000,
  contactsPerYear: 15000,
  careEntriesPerYear: 265,
  careLeavers: 600,
  /** Share of referrals that go to a child referred in the previous 12 months. */
  reReferralShare: 0.235,
  /** Share of List 8 rows that are short breaks (V3/V4). */
  shortBreakShare: 0.035,
} as const;

/** Referrals and contacts dip in August and over Christmas, peak in the autumn term. */
const MONTH_FACTOR = [1.0, 1.0, 1.0, 1.05, 0.95, 1.0, 1.05, 1.0, 0.8, 1.05, 1.1, 1.1, 0.9];
const WORKING_DAYS_PER_YEAR = 253;
const WEEKEND_FACTOR = 0.05;

export function simulate(rng: Rng, window: SampleWindow, holidays: ReadonlySet<Day>, pools: PostcodePools, scale: number): SampleRecords {
  const records: SampleRecords = { contacts: [], referrals: [], assessments: [], episodes: [], plans: [], periods: [], careLeavers: [] };
  const children = new ChildFactory(rng, pools);
  const cases = new CaseBuilder(rng, window, holidays, pools, records);
  const leavers = legacyCare(rng, window, children, cases, scale);
  dailyFlow(rng, window, holidays, children, cases, records, scale);
  for (const period of records.periods) {
    if (period.route === 'eighteen' && period.end - period.start >= 91) leavers.push(period.child);
  }
  shortBreaks(rng, window, pools, records);
  addCareLeavers(rng, window, children, pools, records, leavers, Math.round(VOLUMES.careLeavers * scale));
  return records;
}

/**
 * Children who came into care before the warm-up: entries spread evenly over the 18 years before
 * it, each with the referral, assessment and CIN episode that led there. Periods that ended
 * before the warm-up are dropped, but those who left care at 18 are kept as care leavers.
 */
function legacyCare(rng: Rng, window: SampleWindow, children: ChildFactory, cases: CaseBuilder, scale: number): Child[] {
  const leavers: Child[] = [];
  const from = addYears(window.warmUpStart, -18);
  const count = rng.count(VOLUMES.careEntriesPerYear * scale * 18);
  for (let i = 0; i < count; i += 1) {
    const start = rng.int(from, window.warmUpStart - 1);
    const child = children.create(start, CARE_ENTRY_AGE.draw(rng));
    const period = cases.carePeriod(child, start);
    if (period.end < window.warmUpStart) {
      cases.forget(period);
      if (period.route === 'eighteen' && period.end - period.start >= 91) leavers.push(child);
      continue;
    }
    cases.legacyCase(child, period);
  }
  return leavers;
}

function dailyFlow(
  rng: Rng, window: SampleWindow, holidays: ReadonlySet<Day>, children: ChildFactory, cases: CaseBuilder, records: SampleRecords, scale: number,
): void {
  const recent: { child: Child; date: Day }[] = [];
  let lookBackFrom = 0;
  for (let day = window.warmUpStart; day <= window.extractEnd; day += 1) {
    const factor = MONTH_FACTOR[ymdFromDay(day).month] * (isWorkingDay(day, holidays) ? 1 : WEEKEND_FACTOR);
    const yearAgo = addYears(day, -1);
    while (lookBackFrom < recent.length && recent[lookBackFrom].date < yearAgo) lookBackFrom += 1;
    const before = recent.length;
    const referrals = rng.count(((VOLUMES.referralsPerYear * scale) / WORKING_DAYS_PER_YEAR) * factor);
    for (let i = 0; i < referrals; i += 1) {
      const child = reReferredChild(rng, recent, lookBackFrom, before, day) ?? children.referred(day);
      referral(rng, child, day, cases, records);
      recent.push({ child, date: day });
    }
    if (day >= window.extractStart) {
      const otherContacts = rng.count((((VOLUMES.contactsPerYear - VOLUMES.referralsPerYear) * scale) / WORKING_DAYS_PER_YEAR) * factor);
      for (let i = 0; i < otherContacts; i += 1) {
        records.contacts.push({ child: contactChild(rng, children, day), date: day, source: CONTACT_SOURCE.draw(rng) });
      }
    }
  }
}

/** A child referred in the last 12 months whose case has closed, or null for a new child. */
function reReferredChild(rng: Rng, recent: { child: Child; date: Day }[], from: number, to: number, day: Day): Child | null {
  if (to <= from || !rng.chance(VOLUMES.reReferralShare)) return null;
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const { child } = recent[rng.int(from, to - 1)];
    if (child.busyUntil < day && eighteenthBirthday(child) > day + 60) return child;
  }
  return null;
}

function referral(rng: Rng, child: Child, day: Day, cases: CaseBuilder, records: SampleRecords): void {
  const yearAgo = addYears(day, -1);
  const referralsLast12Months = child.referralDates.filter((d) => d >= yearAgo && d < day).length;
  child.referralDates.push(day);
  // Some children arrive with a child protection history from before anything the extract holds.
  if (child.referralDates.length === 1 && rng.chance(0.26)) child.earlierPlans = rng.chance(0.85) ? 1 : 2;
  const source = REFERRAL_SOURCE.draw(rng);
  const contactDay = day - rng.pick([0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 3, 5]);
  records.contacts.push({ child, date: contactDay, source });
  const nfa = rng.chance(1 / 3);
  const episode = cases.openCase(child, day, nfa);
  records.referrals.push({ child, date: day, source, nfa, referralsLast12Months, team: 'Family Front Door', episode });
}

/** Most contacts that go no further are about children new to the service. */
function contactChild(rng: Rng, children: ChildFactory, day: Day): Child {
  if (children.all.length > 0 && rng.chance(0.25)) {
    const known = rng.pick(children.all);
    if (known.dateOfBirth <= day && ageOn(known, day) < 18) return known;
  }
  return children.referred(day);
}

/**
 * Disabled children on short-break agreements (V4) or recorded short-break episodes (V3): about
 * 3.5% of List 8 rows, for children who already have an open child in need episode.
 */
function shortBreaks(rng: Rng, window: SampleWindow, pools: PostcodePools, records: SampleRecords): void {
  const inWindow = records.periods.filter((p) => p.end >= window.extractStart && p.start <= window.extractEnd).length;
  const wanted = Math.round((inWindow * VOLUMES.shortBreakShare) / (1 - VOLUMES.shortBreakShare));
  const candidates = records.episodes.filter(
    (e) => e.kind === 'cin' && e.end > window.extractStart + 60 && e.start < window.extractEnd - 60,
  );
  let added = 0;
  for (let tries = 0; added < wanted && tries < wanted * 10 && candidates.length > 0; tries += 1) {
    const episode = rng.pick(candidates);
    const from = Math.max(episode.start, window.extractStart - 200);
    const to = Math.min(episode.end, window.extractEnd) - 20;
    if (to <= from) continue;
    const status = SHORT_BREAKS.draw(rng);
    const episodes = status.code === 'V4' ? 1 : rng.int(2, 4);
    let start = rng.int(from, to);
    for (let i = 0; i < episodes && added < wanted; i += 1) {
      const end = status.code === 'V4' ? start + rng.int(150, 420) : start + rng.int(1, 4);
      const placement = pools.placement(rng, 0.05);
      records.periods.push({
        child: episode.child, start, end, legalStatus: status, legalStatusStart: start,
        placementType: SHORT_BREAK_PLACEMENT.draw(rng), placementStart: start,
        placementProvider: SHORT_BREAK_PROVIDER, placementPostcode: placement.postcode,
        placementInside: placement.inside, placementAuthority: placement.authority, locationRecorded: true,
        reasonCeased: SHORT_BREAK_ENDED, placementsLast12Months: 1, route: 'home', categoryOfNeed: DISABILITY_NEED,
        permanencePlan: RETURN_TO_FAMILY, shortBreak: true, team: 'Children with Disabilities Team',
      });
      added += 1;
      start = end + rng.int(20, 60);
    }
  }
}

const SHORT_BREAK_PROVIDER = fixedCode('b) PR1: Own provision', 'PR1', 'Own provision');
const SHORT_BREAK_ENDED = fixedCode('e) E4A: Returned home to live with parents or relatives - part of planning', 'E4A', 'Returned home - part of planning');
const DISABILITY_NEED = fixedCode('N2 - Child’s disability', 'N2', 'Child’s disability');
const RETURN_TO_FAMILY = fixedCode('a) Return to family', 'Return to family', 'Return to family');

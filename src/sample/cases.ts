/**
 * How one case unfolds after a referral: an assessment (unless no further action), then one of
 * no further need, a child in need plan, a child protection plan (sometimes followed by care) or
 * care itself, and yearly updated assessments while the case stays open. The simulation calls
 * `openCase` for every referral; everything is dated, including dates beyond the extract, which
 * the sheet writer then treats as "still open".
 */
import { addYears, isLeapYear, ymdFromDay } from '../engine/dates';
import type { Day } from '../engine/types';
import {
  ABUSE, CASE_STATUS, CLOSURE_REASON, ENTRY_LEGAL_STATUS, PERMANENCE_PLAN, PLACEMENT_PROVIDER,
  PLACEMENT_TYPE, PRIMARY_NEED, RC_NFA, REASON_CEASED, REFERRAL_SOURCE, fixedCode, type Code, type ExitRoute,
} from './codes';
import { eighteenthBirthday } from './people';
import type { PostcodePools } from './places';
import { Rng, table } from './prng';
import type { AssessmentRecord, Child, CinEpisodeRecord, ClaPeriodRecord, CpPlanRecord, SampleRecords } from './records';
import { addWorkingDays, type SampleWindow } from './window';

/** Model parameters (tuned so the scale-1 sample lands near Worcestershire's published figures). */
export const CASE_MODEL = {
  nfaShare: 1 / 3,
  /** Outcomes of an assessment after a referral. */
  outcomes: table([['noNeed', 39], ['cin', 39.5], ['cp', 17.5], ['cla', 5]] as const),
  assessmentsOnTime: 0.89,
  cinMedianDays: 230,
  cpToCareShare: 0.12,
  /** Chance of an updated assessment in each year a case stays open. */
  updatedAssessmentYearly: 0.65,
  placementOutsideShare: 0.26,
} as const;

type Outcome = 'noNeed' | 'cin' | 'cp' | 'cla';

export class CaseBuilder {
  constructor(
    private readonly rng: Rng,
    private readonly window: SampleWindow,
    private readonly holidays: ReadonlySet<Day>,
    private readonly pools: PostcodePools,
    private readonly records: SampleRecords,
  ) {}

  /** The case a referral on `date` opens; returns its CIN episode. */
  openCase(child: Child, date: Day, nfa: boolean): CinEpisodeRecord {
    const rng = this.rng;
    if (nfa) {
      const end = date + rng.int(0, 4);
      return this.episode(child, date, end, RC_NFA, 'nfa', CASE_STATUS.closed);
    }
    const assessmentStart = date + rng.pick([0, 0, 0, 1, 1, 2, 3]);
    const authorised = addWorkingDays(assessmentStart, this.assessmentWorkingDays(), this.holidays);
    const outcome = this.outcome(child, authorised);
    const episode = this.followOutcome(child, date, assessmentStart, authorised, outcome);
    this.assessment(child, assessmentStart, authorised, outcome !== 'noNeed', episode);
    this.updatedAssessments(child, episode);
    return episode;
  }

  /** A period of care, with its legal status, placement and way out, starting on `start`. */
  carePeriod(child: Child, start: Day, team = this.careTeam()): ClaPeriodRecord {
    const rng = this.rng;
    const age = ageOn(child, start);
    const route = exitRoute(rng, age);
    const end = Math.min(careEnd(rng, start, route), eighteenthBirthday(child));
    const finalRoute: ExitRoute = end === eighteenthBirthday(child) ? 'eighteen' : route;
    const asOf = Math.min(end, this.window.extractEnd);
    const { status, statusStart } = legalStatus(rng, start, asOf, finalRoute);
    const placementType = this.placementType(child, start, asOf, finalRoute);
    const place = this.placementPlace(child, placementType);
    const period: ClaPeriodRecord = {
      child,
      start,
      end,
      legalStatus: status,
      legalStatusStart: statusStart,
      placementType,
      placementStart: Math.max(start, asOf - rng.int(0, 900)),
      placementProvider: placementType.code === 'P1' ? fixedCode('a) PR0: Parents/Parental responsibility', 'PR0', 'Parents') : PLACEMENT_PROVIDER.draw(rng),
      placementPostcode: place.postcode,
      placementInside: place.inside,
      placementAuthority: place.authority,
      locationRecorded: rng.chance(0.88),
      reasonCeased: REASON_CEASED[finalRoute].draw(rng),
      placementsLast12Months: rng.pick([1, 1, 1, 1, 1, 1, 1, 2, 2, 3]),
      route: finalRoute,
      // The CIN category of need uses the same code list as the primary need.
      categoryOfNeed: PRIMARY_NEED.draw(rng),
      permanencePlan: PERMANENCE_PLAN.draw(rng),
      shortBreak: false,
      team,
    };
    this.records.periods.push(period);
    return period;
  }

  /** Drops the period just built (a legacy period that ended before the simulation starts). */
  forget(period: ClaPeriodRecord): void {
    const last = this.records.periods.length - 1;
    if (this.records.periods[last] === period) this.records.periods.pop();
  }

  /** The referral, assessment and CIN episode behind a period of care that began before the warm-up. */
  legacyCase(child: Child, period: ClaPeriodRecord): void {
    const rng = this.rng;
    const referral = Math.max(child.dateOfBirth, period.start - rng.int(5, 60));
    const assessmentStart = referral + rng.int(0, 3);
    const authorised = addWorkingDays(assessmentStart, this.assessmentWorkingDays(), this.holidays);
    const end = period.route === 'eighteen' ? period.end : period.end + rng.int(0, 30);
    const episode = this.episode(child, referral, end, CLOSURE_REASON.draw(rng), 'cla', this.status(end, period.start, CASE_STATUS.cla));
    child.referralDates.push(referral);
    this.records.referrals.push({
      child, date: referral, source: REFERRAL_SOURCE.draw(rng), nfa: false, referralsLast12Months: 0, team: 'Family Front Door', episode,
    });
    this.assessment(child, assessmentStart, authorised, true, episode);
    this.updatedAssessments(child, episode);
  }

  /** Working days from assessment start to authorisation: most inside 45, a tail beyond. */
  assessmentWorkingDays(): number {
    const rng = this.rng;
    if (!rng.chance(CASE_MODEL.assessmentsOnTime)) return rng.int(46, 95);
    if (rng.chance(0.5)) return rng.int(8, 45);
    return Math.max(5, 45 - Math.floor(Math.abs(rng.normal()) * 9));
  }

  private outcome(child: Child, authorised: Day): Outcome {
    const drawn: Outcome = CASE_MODEL.outcomes.draw(this.rng);
    // Young people about to turn 18 are rarely made subject to plans or brought into care.
    if (authorised > eighteenthBirthday(child) - 90 && (drawn === 'cp' || drawn === 'cla')) return 'cin';
    return drawn;
  }

  private followOutcome(child: Child, referral: Day, assessmentStart: Day, authorised: Day, outcome: Outcome): CinEpisodeRecord {
    const rng = this.rng;
    const lastDay = eighteenthBirthday(child) - 1;
    const E = this.window.extractEnd;
    switch (outcome) {
      case 'noNeed':
        return this.episode(child, referral, authorised, RC_NFA, 'assessment', authorised > E ? CASE_STATUS.assessment : CASE_STATUS.closed);
      case 'cin': {
        const long = rng.chance(0.08) || child.disability;
        const days = long ? rng.int(500, 1600) : Math.round(rng.logNormal(CASE_MODEL.cinMedianDays, 0.6));
        const end = Math.min(authorised + days, lastDay);
        return this.episode(child, referral, end, CLOSURE_REASON.draw(rng), 'cin', this.status(end, authorised, CASE_STATUS.cin));
      }
      case 'cp': {
        const plan = this.plan(child, authorised + rng.int(3, 15), lastDay);
        if (rng.chance(CASE_MODEL.cpToCareShare) && plan.end < lastDay - 60) {
          const period = this.carePeriod(child, plan.end);
          const status = plan.end > E ? CASE_STATUS.cp : CASE_STATUS.cla;
          return this.episode(child, referral, period.end, CLOSURE_REASON.draw(rng), 'cla', this.status(period.end, authorised, status));
        }
        const end = Math.min(plan.end + rng.int(60, 300), lastDay);
        const status = plan.end > E ? CASE_STATUS.cp : CASE_STATUS.cin;
        return this.episode(child, referral, end, CLOSURE_REASON.draw(rng), 'cp', this.status(end, authorised, status));
      }
      case 'cla': {
        const start = assessmentStart + rng.int(0, Math.max(0, authorised - assessmentStart));
        const period = this.carePeriod(child, start);
        return this.episode(child, referral, period.end, CLOSURE_REASON.draw(rng), 'cla', this.status(period.end, start, CASE_STATUS.cla));
      }
    }
  }

  /** Case status on the extract's last day: closed, still being assessed, or the open plan. */
  private status(end: Day, decided: Day, open: Code): Code {
    const E = this.window.extractEnd;
    if (end <= E) return CASE_STATUS.closed;
    return decided > E ? CASE_STATUS.assessment : open;
  }

  private plan(child: Child, start: Day, lastDay: Day): CpPlanRecord {
    const rng = this.rng;
    const initial = ABUSE.draw(rng);
    const previousPlans = child.plans + child.earlierPlans;
    const plan: CpPlanRecord = {
      child,
      start,
      end: Math.min(start + planDays(rng), lastDay),
      initialCategory: initial,
      latestCategory: rng.chance(0.85) ? initial : ABUSE.draw(rng),
      previousPlans,
      team: `${rng.pick(['North', 'South', 'East', 'West'])} Family Safeguarding Team`,
    };
    child.plans += 1;
    this.records.plans.push(plan);
    return plan;
  }

  private episode(child: Child, start: Day, end: Day, reason: Code, kind: CinEpisodeRecord['kind'], status: Code): CinEpisodeRecord {
    const need = kind === 'cla' || kind === 'cp' ? PRIMARY_NEED_ABUSE : child.disability ? PRIMARY_NEED_DISABILITY : PRIMARY_NEED.draw(this.rng);
    const episode: CinEpisodeRecord = {
      child,
      start,
      end,
      closureReason: reason,
      statusAtExtractEnd: status,
      primaryNeed: need,
      team: kind === 'nfa' ? 'Family Front Door' : `${this.rng.pick(['North', 'South', 'East', 'West'])} Family Support Team`,
      kind,
    };
    child.busyUntil = Math.max(child.busyUntil, end);
    this.records.episodes.push(episode);
    return episode;
  }

  private assessment(child: Child, start: Day, authorised: Day, requiresSupport: boolean, episode: CinEpisodeRecord): void {
    const record: AssessmentRecord = { child, start, authorised, team: 'Assessment Team', requiresSupport, episode };
    this.records.assessments.push(record);
  }

  /** Open cases are reassessed now and then (plans change, children come into care). */
  private updatedAssessments(child: Child, episode: CinEpisodeRecord): void {
    if (episode.kind === 'nfa' || episode.kind === 'assessment') return;
    const rng = this.rng;
    const E = this.window.extractEnd;
    for (let t = addYears(episode.start, 1); t < Math.min(episode.end, E); t = addYears(t, 1)) {
      if (t < this.window.warmUpStart || !rng.chance(CASE_MODEL.updatedAssessmentYearly)) continue;
      const start = t + rng.int(-60, 60);
      if (start <= episode.start || start >= episode.end) continue;
      const authorised = addWorkingDays(start, this.assessmentWorkingDays(), this.holidays);
      this.assessment(child, start, authorised, true, episode);
    }
  }

  private placementType(child: Child, start: Day, asOf: Day, route: ExitRoute): Code {
    const rng = this.rng;
    const ageNow = ageOn(child, asOf);
    if (route === 'adopted' && asOf - start > 300) return rng.chance(0.7) ? PLACED_FOR_ADOPTION_ORDER : PLACED_FOR_ADOPTION_NOT_FOSTER;
    if (ageNow >= 16 && rng.chance(0.35)) return rng.chance(0.5) ? INDEPENDENT_LIVING : SEMI_INDEPENDENT;
    if (route === 'home' && rng.chance(0.25)) return PLACED_WITH_PARENTS;
    for (;;) {
      const type = PLACEMENT_TYPE.draw(rng);
      if (!['A3', 'A4', 'A5', 'A6'].includes(type.code)) return type;
    }
  }

  private placementPlace(child: Child, type: Code): { postcode: string | null; inside: boolean | null; authority: string | null } {
    const rng = this.rng;
    if (rng.chance(0.02)) return { postcode: null, inside: null, authority: null };
    if (type.code === 'P1' && child.postcode !== null && rng.chance(0.8)) {
      return { postcode: this.pools.home(rng), inside: true, authority: 'Worcestershire' };
    }
    return this.pools.placement(rng, CASE_MODEL.placementOutsideShare);
  }

  private careTeam(): string {
    return `Children in Care Team ${this.rng.int(1, 3)}`;
  }
}

const PRIMARY_NEED_ABUSE = fixedCode('N1 - Abuse or neglect', 'N1', 'Abuse or neglect');
const PRIMARY_NEED_DISABILITY = fixedCode('N2 - Child’s disability', 'N2', 'Child’s disability');
const PLACED_FOR_ADOPTION_ORDER = fixedCode('i) A5: Placed for adoption - order - foster', 'A5', 'Placed for adoption - order - foster');
const PLACED_FOR_ADOPTION_NOT_FOSTER = fixedCode('j) A6: Placed for adoption - order - not foster', 'A6', 'Placed for adoption - order - not foster');
const PLACED_WITH_PARENTS = fixedCode('k) P1: Placed with parents', 'P1', 'Placed with parents');
const INDEPENDENT_LIVING = fixedCode('l) P2: Independent living', 'P2', 'Independent living');
const SEMI_INDEPENDENT = fixedCode('n) H5: Residential accommodation', 'H5', 'Residential accommodation');

/** Age in whole years on `day` (a 29 February birthday counts on 28 February in other years). */
export function ageOn(child: Child, day: Day): number {
  const born = ymdFromDay(child.dateOfBirth);
  const now = ymdFromDay(day);
  const birthdayDay = born.month === 2 && born.day === 29 && !isLeapYear(now.year) ? 28 : born.day;
  const beforeBirthday = now.month < born.month || (now.month === born.month && now.day < birthdayDay);
  return now.year - born.year - (beforeBirthday ? 1 : 0);
}

/** Plan length in days: most 3–12 months, a few past two years (~2% at closure). */
function planDays(rng: Rng): number {
  const roll = rng.next();
  if (roll < 0.05) return rng.int(30, 90);
  if (roll < 0.33) return rng.int(91, 182);
  if (roll < 0.78) return rng.int(183, 365);
  if (roll < 0.981) return rng.int(366, 729);
  return rng.int(731, 1000);
}

function exitRoute(rng: Rng, age: number): ExitRoute {
  if (age < 5) return table<ExitRoute>([['adopted', 35], ['home', 25], ['sgo', 20], ['other', 5], ['eighteen', 15]]).draw(rng);
  if (age < 10) return table<ExitRoute>([['home', 30], ['sgo', 15], ['other', 5], ['eighteen', 50]]).draw(rng);
  if (age < 16) return table<ExitRoute>([['home', 35], ['sgo', 5], ['other', 10], ['eighteen', 50]]).draw(rng);
  return table<ExitRoute>([['home', 30], ['eighteen', 70]]).draw(rng);
}

function careEnd(rng: Rng, start: Day, route: ExitRoute): Day {
  switch (route) {
    case 'home':
      return start + Math.max(3, Math.round(rng.logNormal(200, 0.8)));
    case 'adopted':
      return start + rng.int(450, 900);
    case 'sgo':
      return start + rng.int(300, 900);
    case 'other':
      return start + Math.max(2, Math.round(rng.logNormal(150, 1)));
    case 'eighteen':
      return Number.MAX_SAFE_INTEGER;
  }
}

/** Legal status on `asOf`: most start on an interim order or s20; orders become full care or placement orders. */
function legalStatus(rng: Rng, start: Day, asOf: Day, route: ExitRoute): { status: Code; statusStart: Day } {
  const initial = ENTRY_LEGAL_STATUS.draw(rng);
  const initialIsInterim = initial.code === 'C1' || initial.code.startsWith('L');
  const changeOn = start + rng.int(150, 330);
  if (initialIsInterim && asOf >= changeOn) {
    const final = route === 'adopted' ? PLACEMENT_ORDER : FULL_CARE_ORDER;
    return { status: final, statusStart: changeOn };
  }
  if (initial.code === 'C2' && route === 'adopted' && asOf >= changeOn) return { status: PLACEMENT_ORDER, statusStart: changeOn };
  return { status: initial.code.startsWith('L') ? INTERIM_CARE_ORDER : initial, statusStart: initial.code.startsWith('L') ? start + 3 : start };
}

const FULL_CARE_ORDER = fixedCode('C2: FCO', 'C2', 'Full care order');
const INTERIM_CARE_ORDER = fixedCode('C1: ICO', 'C1', 'Interim care order');
const PLACEMENT_ORDER = fixedCode('E1: Placement order', 'E1', 'Placement order');

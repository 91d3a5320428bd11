/**
 * The sample's event records: what the simulation produces and the sheet writers turn into rows.
 * Dates are `Day` numbers. End dates are raw: one after the extract's last day means "still open", and the sheet writer leaves it blank.
 */
import type { Day } from '../engine/types';
import type { Code, ExitRoute } from './codes';

export interface Child {
  /** A number, or text when the ID keeps leading zeros ("0123456"); the same value in every list. */
  id: number | string;
  dateOfBirth: Day;
  gender: Code;
  ethnicity: Code;
  disability: boolean;
  /** Home postcode; null for the few with none recorded; sometimes malformed. */
  postcode: string | null;
  /** Last day any case of this child is open (CIN episode end); -Infinity when none yet. */
  busyUntil: Day;
  referralDates: Day[];
  /** Plans this child has had in the simulation. */
  plans: number;
  /** Plans before anything the simulation knows about (from the "Number of Previous" column). */
  earlierPlans: number;
}

export interface ContactRecord {
  child: Child;
  date: Day;
  source: Code;
}

export interface ReferralRecord {
  child: Child;
  date: Day;
  source: Code;
  nfa: boolean;
  referralsLast12Months: number;
  team: string;
  /** The CIN episode this referral opened (decides whether an old referral is still relevant). */
  episode: CinEpisodeRecord;
}

export interface AssessmentRecord {
  child: Child;
  start: Day;
  /** Raw authorisation date; after the extract's last day means still open. */
  authorised: Day;
  team: string;
  requiresSupport: boolean;
  episode: CinEpisodeRecord;
}

export interface CinEpisodeRecord {
  child: Child;
  start: Day;
  /** Raw end; after the extract's last day means still open (the sheet writer blanks it). */
  end: Day;
  closureReason: Code;
  /** `Case status` as it stands on the extract's last day. */
  statusAtExtractEnd: Code;
  primaryNeed: Code;
  team: string;
  /** What the episode became, for `Case status`. */
  kind: 'nfa' | 'assessment' | 'cin' | 'cp' | 'cla';
}

export interface CpPlanRecord {
  child: Child;
  start: Day;
  /** Raw end; after the extract's last day means still open. */
  end: Day;
  initialCategory: Code;
  latestCategory: Code;
  previousPlans: number;
  team: string;
}

export interface ClaPeriodRecord {
  child: Child;
  start: Day;
  /** Raw end; after the extract's last day means still looked after. */
  end: Day;
  legalStatus: Code;
  legalStatusStart: Day;
  placementType: Code;
  placementStart: Day;
  placementProvider: Code;
  placementPostcode: string | null;
  placementInside: boolean | null;
  placementAuthority: string | null;
  /** Whether `Placement Location` is filled in (some authorities leave it blank). */
  locationRecorded: boolean;
  reasonCeased: Code;
  placementsLast12Months: number;
  route: ExitRoute;
  categoryOfNeed: Code;
  permanencePlan: Code;
  shortBreak: boolean;
  team: string;
}

export interface CareLeaverRecord {
  child: Child;
  /** Current address (care leavers move: not necessarily the childhood home). */
  postcode: string | null;
  eligibility: Code;
  inTouch: Code;
  accommodation: Code | null;
  suitable: Code | null;
  activity: Code | null;
}

export interface SampleRecords {
  contacts: ContactRecord[];
  referrals: ReferralRecord[];
  assessments: AssessmentRecord[];
  episodes: CinEpisodeRecord[];
  plans: CpPlanRecord[];
  periods: ClaPeriodRecord[];
  careLeavers: CareLeaverRecord[];
}

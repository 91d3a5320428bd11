/**
 * The parsed Annex A lists: what the parser (engine/parse) produces and the indicators consume.
 * Every row keeps its worksheet row number so problems can point back at it. Codes are already
 * normalised to their Annex A code (prefixes like "q) " and descriptions removed); a code that
 * could not be recognised is null and has been reported as a problem.
 */
import type { Day, ListNumber, Problem } from './types';

/** Fields that every list may carry (optional columns are null when absent or blank). */
export interface BaseRow {
  /** Worksheet row number (1-based, as the user sees it). */
  row: number;
  /** Child Unique ID as text ("00123" and "123" differ; numbers without ".0"). */
  childId: string;
  dateOfBirth: Day | null;
  /** Raw `District` column, trimmed. Resolved to a configured district by engine/districts. */
  district: string | null;
  /** Raw home postcode, trimmed (not yet normalised). */
  postcode: string | null;
  /** Raw `Allocated Team`, trimmed. */
  team: string | null;
}

export interface ContactRow extends BaseRow {
  date: Day;
  /** Contact Source code, e.g. "6", "1A"; null when blank or unrecognised. */
  source: string | null;
  /** Local `Contact Outcome` text as typed (trimmed); null when blank or column absent. */
  outcome: string | null;
}

export interface ReferralRow extends BaseRow {
  date: Day;
  /** Referral Source code: "1A".."1D", "2A", "2B", "3A".."3F", "4", "5A".."5D", "6", "7", "8", "9", "10"; null when blank/unmatched. */
  source: string | null;
  /** Referral NFA?: true = Yes, false = No, null = blank/unknown. */
  nfa: boolean | null;
  referralsLast12Months: number | null;
  /** Local `Referral Outcome` text (trimmed); null when blank or column absent. */
  outcome: string | null;
}

export interface AssessmentRow extends BaseRow {
  start: Day;
  /** Continuous Assessment Date of Authorisation; null while open. */
  authorised: Day | null;
}

export interface CinRow extends BaseRow {
  start: Day;
  end: Day | null;
  /** Reason for Closure code, e.g. "RC1".."RC9"; null when blank/unrecognised. */
  closureReason: string | null;
}

export type AbuseCategory = 'NEG' | 'PHY' | 'SAB' | 'EMO' | 'MUL';

export interface CpRow extends BaseRow {
  start: Day;
  end: Day | null;
  latestCategory: AbuseCategory | null;
  initialCategory: AbuseCategory | null;
  /** Number of Previous Child Protection Plans; 0 when blank or not a number (reported). */
  previousPlans: number;
}

export interface ClaRow extends BaseRow {
  start: Day;
  end: Day | null;
  /** Child's Legal Status code: C1, C2, D1, E1, J1..J3, L1..L3, V2, V3, V4; null when blank/unrecognised. */
  legalStatus: string | null;
  legalStatusStart: Day | null;
  /** Placement Type (SSDA903) code, e.g. "U1", "K2", "P1"; null when blank. Unknown codes are kept as given (upper case). */
  placementType: string | null;
  /** Raw placement postcode, trimmed. */
  placementPostcode: string | null;
  /** Placement Location: "in" (a) In), "out" (b) Out), null when blank/unrecognised. */
  placementLocation: 'in' | 'out' | null;
}

/** LA In Touch codes (903): YES, NO, DIED, REFU (refused), NREQ (no longer requires services), RHOM (returned home). */
export type InTouch = 'YES' | 'NO' | 'DIED' | 'REFU' | 'NREQ' | 'RHOM';

export interface CareLeaverRow extends BaseRow {
  /** Required for List 9 (the cohort is defined by birthdays). */
  dateOfBirth: Day;
  inTouch: InTouch | null;
  /** Suitability of Accommodation: true = Suitable, false = Unsuitable, null = blank/unknown. */
  suitable: boolean | null;
  /** Type of Accommodation code as given (upper case), e.g. "U1", "Y", "B2"; null when blank. */
  accommodationType: string | null;
  /** Activity Status code: F1..F5, P1..P5, G1..G6; null when blank/unrecognised. */
  activity: string | null;
}

export interface ListRows {
  1: ContactRow[];
  3: ReferralRow[];
  4: AssessmentRow[];
  6: CinRow[];
  7: CpRow[];
  8: ClaRow[];
  9: CareLeaverRow[];
}

/** What was read from one source list, for the build log. */
export interface ListReadInfo {
  list: ListNumber;
  /** Worksheet (or CSV file) name it was read from. */
  sheet: string;
  /** Non-blank data rows seen. */
  rowsRead: number;
  /** Worksheet row number of the heading row (for "Start a new quarter", which clears the rows below it). */
  headingRow?: number;
  /** Rows left out of every figure (missing/invalid required date, end before start, ...). */
  rowsExcluded: number;
  /** Normalised names of the optional columns found (e.g. "referral outcome"), so indicators can tell "column absent" from "blank". */
  columns: string[];
  /**
   * Earliest valid value of each date field of the rows kept, keyed by the row field name
   * (e.g. `date` for contacts/referrals, `authorised` for assessments, `start` for plans):
   * for the "list starts too late" warning and the previous-year nulls of #1, #3, #7.
   */
  earliest: Record<string, Day | null>;
  /**
   * Latest valid value of each date field of the rows kept (as `earliest`). Absent when not
   * recorded (hand-made lists): the period checks then read every row.
   */
  latest?: Record<string, Day | null>;
  /**
   * Where each row field was read from, keyed by row field name (e.g. `date`, `dateOfBirth`):
   * the heading as found and its worksheet column index (0 = A). Lets later checks
   * (engine/parse/period-checks.ts) point a problem at the cell. Added by the parser.
   */
  fieldColumns?: Record<string, { heading: string; columnIndex: number }>;
}

/** Earliest and latest valid value of a date column (null when it has none). */
export interface DayRange {
  earliest: Day | null;
  latest: Day | null;
}

/** The whole parsed input. A list that is absent (or could not be read) is missing from `lists`/`info`. */
export interface ParsedLists {
  lists: Partial<ListRows>;
  info: Partial<Record<ListNumber, ListReadInfo>>;
  /**
   * Range of the Date of Birth column of each list, for the period checks only (they skip a list
   * whose births are all in range). Child-level, so kept apart from `info`, which the task pane
   * and the build log show. Absent for hand-made lists: the checks then read every row.
   */
  birthRanges?: Partial<Record<ListNumber, DayRange>>;
  problems: Problem[];
  /** Sheets that matched no list (ignored), and lists 2/5/10/11 that were recognised and ignored. */
  ignoredSheets: string[];
}

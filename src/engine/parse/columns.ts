/**
 * The columns the parser reads from each list (inputs.md "Columns"), keyed by their normalised
 * canonical heading. Other names of each column are in heading-aliases.ts; heading-match.ts
 * matches headings against both. The key is also what ListReadInfo.columns reports for optional columns, so
 * indicators can tell "column absent" from "blank".
 */
import type { ListNumber } from '../types';

/** Canonical (normalised) headings. */
export const COL = {
  childId: 'child unique id',
  dateOfBirth: 'date of birth',
  gender: 'gender',
  ethnicity: 'ethnicity',
  age: 'age of child (years)',
  team: 'allocated team',
  district: 'district',
  postcode: 'postcode',
  contactDate: 'date of contact',
  contactSource: 'contact source',
  contactOutcome: 'contact outcome',
  referralDate: 'date of referral',
  referralSource: 'referral source',
  referralNfa: 'referral nfa',
  referralsLast12Months: 'number of referrals in last 12 months',
  referralOutcome: 'referral outcome',
  assessmentStart: 'continuous assessment start date',
  assessmentAuthorised: 'continuous assessment date of authorisation',
  cinStart: 'cin start date',
  cinClosure: 'cin closure date',
  closureReason: 'reason for closure',
  caseStatus: 'case status',
  primaryNeed: 'primary need code',
  cpStart: 'child protection plan start date',
  cpEnd: 'child protection plan end date',
  latestCategory: 'latest category of abuse',
  initialCategory: 'initial category of abuse',
  previousPlans: 'number of previous child protection plans',
  claStart: 'date started to be looked after',
  claEnd: 'date ceased to be looked after',
  legalStatus: "child's legal status",
  legalStatusStart: 'start date of current legal status',
  placementType: 'placement type',
  placementPostcode: 'placement postcode',
  placementLocation: 'placement location',
  placementLa: 'la of placement',
  inTouch: 'la in touch',
  suitability: 'suitability of accommodation',
  accommodationType: 'type of accommodation',
  activity: 'activity status',
  eligibility: 'eligibility category',
} as const;

/** Columns whose values identify a child: never echoed in a problem's value or message. */
export const CHILD_IDENTIFYING: ReadonlySet<string> = new Set([COL.childId, COL.dateOfBirth, COL.postcode, COL.placementPostcode]);

export interface ListColumns {
  required: readonly string[];
  optional: readonly string[];
}

const BASE_OPTIONAL = [COL.dateOfBirth, COL.gender, COL.ethnicity, COL.age, COL.team, COL.district, COL.postcode];

function withBase(required: string[], optional: string[]): ListColumns {
  const allRequired = [COL.childId, ...required];
  return { required: allRequired, optional: [...BASE_OPTIONAL, ...optional].filter((key) => !allRequired.includes(key)) };
}

export const LIST_COLUMNS: Readonly<Record<ListNumber, ListColumns>> = {
  1: withBase([COL.contactDate], [COL.contactSource, COL.contactOutcome]),
  3: withBase([COL.referralDate], [COL.referralSource, COL.referralNfa, COL.referralsLast12Months, COL.referralOutcome]),
  4: withBase([COL.assessmentStart], [COL.assessmentAuthorised]),
  6: withBase([COL.cinStart], [COL.cinClosure, COL.closureReason, COL.caseStatus, COL.primaryNeed]),
  7: withBase([COL.cpStart], [COL.cpEnd, COL.latestCategory, COL.initialCategory, COL.previousPlans]),
  8: withBase(
    [COL.claStart],
    [COL.claEnd, COL.legalStatus, COL.legalStatusStart, COL.placementType, COL.placementPostcode, COL.placementLocation, COL.placementLa],
  ),
  9: withBase([COL.dateOfBirth], [COL.inTouch, COL.suitability, COL.accommodationType, COL.activity, COL.eligibility]),
};

/** The display form of a canonical key, for messages about columns that were not found. */
export const DISPLAY_HEADINGS: Readonly<Record<string, string>> = {
  [COL.childId]: 'Child Unique ID',
  [COL.dateOfBirth]: 'Date of Birth',
  [COL.contactDate]: 'Date of Contact',
  [COL.referralDate]: 'Date of Referral',
  [COL.assessmentStart]: 'Continuous Assessment Start Date',
  [COL.cinStart]: 'CIN Start Date',
  [COL.cpStart]: 'Child Protection Plan Start Date',
  [COL.claStart]: 'Date Started to be Looked After',
};

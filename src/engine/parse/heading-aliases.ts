/**
 * The other names a column goes by (inputs.md "Heading matching"): data only, read by the one
 * matcher in heading-match.ts. Each entry says where it comes from, and docs/aliases.md lists them
 * with the same sources, so a reader can check every spelling against the tool that writes it.
 *
 * - `spec`: named in inputs.md.
 * - `ssd`: a column alias (`AS …`) of Data to Insight's Standard Safeguarding Dataset Annex A SQL
 *   (data-to-insight/ssd-data-model, admin/tools-ssd_dfe_returns/AnnexA_sqlserver_v1.2.0_1_20240731.sql),
 *   spelled as there (`LoookedAfterStartDate` has three o's in the script). Aliases that only
 *   differ from the official heading by their naming style (`DateOfContact`, `CINStartDate`) need
 *   no entry: the matcher splits CamelCase and snake_case before comparing.
 * - `liia`: LIIA's Annex A schema (SocialFinanceDigitalLabs/liia-tools-pipeline,
 *   liiatools/annex_a_pipeline/spec/Annex_A_schema.yml): its `header_regex` patterns, rewritten by
 *   us as whole-word patterns over the heading's words (their `.*age.*` would take "Language" or
 *   "Placement Stage" for the child's age; ours needs the word "age").
 * - `ours`: an obvious spelling neither source writes, added here (the correctly spelled
 *   `LookedAfterStartDate`).
 */
import { COL } from './columns';

export type AliasSource = 'spec' | 'ssd' | 'liia' | 'ours';

export interface HeadingAlias {
  /** As written by the source; the matcher normalises it exactly as it normalises a heading. */
  readonly text: string;
  readonly source: AliasSource;
}

export interface HeadingPattern {
  /** Tested against the heading's words (heading-match.ts headingWords): lower case, one space apart. */
  readonly words: RegExp;
  readonly source: AliasSource;
  /** The source's own pattern, for docs/aliases.md and for the reader. */
  readonly original: string;
}

const spec = (text: string): HeadingAlias => ({ text, source: 'spec' });
const ssd = (text: string): HeadingAlias => ({ text, source: 'ssd' });
const ours = (text: string): HeadingAlias => ({ text, source: 'ours' });

export const HEADING_ALIASES: Readonly<Record<string, readonly HeadingAlias[]>> = {
  [COL.childId]: [spec('Child ID'), spec('ChildID'), spec('Child Unique Identifier'), spec('LAchildID'), spec('CHILD'), ssd('ChildUniqueID')],
  [COL.dateOfBirth]: [spec('DOB'), ssd('DateOfBirth')],
  [COL.age]: [spec('Age'), ssd('Age')],
  [COL.postcode]: [spec('Home postcode'), spec('Child postcode')],
  [COL.contactDate]: [ssd('DateOfContact')],
  [COL.contactSource]: [ssd('ContactSource')],
  [COL.referralDate]: [ssd('ReferralDate')],
  [COL.referralSource]: [ssd('ReferralSource')],
  [COL.referralNfa]: [ssd('ReferralNFA')],
  [COL.referralsLast12Months]: [ssd('ReferralsLast12Months')],
  [COL.team]: [ssd('AllocatedTeam')],
  [COL.assessmentStart]: [ssd('ContinuousAssessmentStart')],
  [COL.assessmentAuthorised]: [ssd('ContinuousAssessmentAuthDate')],
  [COL.cinStart]: [ssd('CINStartDate')],
  [COL.cinClosure]: [ssd('CINClosureDate')],
  [COL.closureReason]: [ssd('ReasonForClosure')],
  [COL.caseStatus]: [ssd('CaseStatus')],
  [COL.primaryNeed]: [ssd('PrimaryNeedCode')],
  [COL.cpStart]: [ssd('ChildProtectionPlanStartDate')],
  [COL.cpEnd]: [ssd('ChildProtectionPlanEndDate')],
  [COL.initialCategory]: [ssd('InitialCategoryOfAbuse')],
  [COL.latestCategory]: [ssd('LatestCategoryOfAbuse')],
  [COL.previousPlans]: [ssd('NumberOfPreviousChildProtectionPlans')],
  [COL.claStart]: [ssd('LoookedAfterStartDate'), ours('LookedAfterStartDate')],
  [COL.claEnd]: [ssd('CeasedLookedAfterDate')],
  [COL.legalStatus]: [ssd('LegalStatus')],
  [COL.legalStatusStart]: [ssd('MostRecentLegalStatusStart')],
  [COL.placementType]: [ssd('PlacementType')],
  [COL.placementPostcode]: [ssd('PlacementPostcode')],
  [COL.eligibility]: [ssd('EligibilityCategory')],
  [COL.inTouch]: [ssd('LAInTouch')],
  [COL.accommodationType]: [ssd('TypeOfAccommodation')],
  [COL.suitability]: [ssd('SuitabilityOfAccommodation')],
  [COL.activity]: [ssd('ActivityStatus')],
};

const liia = (words: RegExp, original: string): HeadingPattern => ({ words, source: 'liia', original });

/**
 * LIIA's header patterns for the columns we read. A pattern is tried only when no exact name or
 * alias matched, and only when exactly one column of the list claims the heading.
 */
export const HEADING_PATTERNS: Readonly<Record<string, readonly HeadingPattern[]>> = {
  [COL.childId]: [
    liia(/\bchild\b.*\b(id|identifier)\b|\b(id|identifier)\b.*\bchild\b/, '/\\bchild\\b.*\\b(id|identifier)\\b|\\b(id|identifier)\\b.*\\bchild\\b/i'),
  ],
  [COL.dateOfBirth]: [liia(/\bdate\b.*\bbirth\b/, '/.*date.*birth.*/i')],
  [COL.age]: [liia(/\bage\b/, '/.*age.*/i')],
  [COL.contactDate]: [liia(/\bdate\b.*\bcontact\b/, '/.*date.*contact.*/i')],
  [COL.contactSource]: [liia(/\bcontact\b.*\bsource\b/, '/.*contact.*source.*/i')],
  [COL.referralDate]: [liia(/\bdate of\b.*\breferral\b/, '/.*date of.*referral.*/i')],
  [COL.referralSource]: [liia(/\breferral\b.*\bsource\b/, '/.*referral.*source.*/i')],
  [COL.legalStatus]: [liia(/\bchilds?\b.*\blegal status\b/, '/.*child.*legal status.*/i')],
};

import fc from 'fast-check';
import { LIST_COLUMNS } from '../../../src/engine/parse/columns';
import { HEADING_ALIASES, HEADING_PATTERNS } from '../../../src/engine/parse/heading-aliases';
import { claimingKeys, headingWords, matchHeading } from '../../../src/engine/parse/heading-match';
import { LIST_NUMBERS, type ListNumber } from '../../../src/engine/types';

/** The official heading of every column we read, as the Annex A template spells it (or inputs.md for local columns). */
const OFFICIAL: Record<string, string> = {
  'child unique id': 'Child Unique ID',
  'date of birth': 'Date of Birth',
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  'age of child (years)': 'Age of Child (Years)',
  'allocated team': 'Allocated Team',
  district: 'District',
  postcode: 'Postcode',
  'date of contact': 'Date of Contact',
  'contact source': 'Contact Source',
  'contact outcome': 'Contact Outcome',
  'date of referral': 'Date of referral',
  'referral source': 'Referral Source',
  'referral nfa': 'Referral NFA?',
  'number of referrals in last 12 months': 'Number of Referrals in Last 12 Months',
  'referral outcome': 'Referral Outcome',
  'continuous assessment start date': 'Continuous Assessment Start Date',
  'continuous assessment date of authorisation': 'Continuous Assessment Date of Authorisation',
  'cin start date': 'CIN Start Date',
  'cin closure date': 'CIN Closure Date',
  'reason for closure': 'Reason for Closure',
  'case status': 'Case status',
  'primary need code': 'Primary Need Code',
  'child protection plan start date': 'Child Protection Plan Start Date',
  'child protection plan end date': 'Child Protection Plan End Date',
  'latest category of abuse': 'Latest Category of Abuse',
  'initial category of abuse': 'Initial Category of Abuse',
  'number of previous child protection plans': 'Number of Previous Child Protection Plans',
  'date started to be looked after': 'Date Started to be Looked After',
  'date ceased to be looked after': 'Date Ceased to be Looked After',
  "child's legal status": "Child's Legal Status",
  'start date of current legal status': 'Start date of current legal status',
  'placement type': 'Placement Type',
  'placement postcode': 'Placement postcode',
  'placement location': 'Placement Location',
  'la of placement': 'LA of Placement',
  'la in touch': 'LA In Touch',
  'suitability of accommodation': 'Suitability of Accommodation',
  'type of accommodation': 'Type of Accommodation',
  'activity status': 'Activity Status',
  'eligibility category': 'Eligibility Category',
};

const columnsOf = (list: ListNumber): string[] => [...LIST_COLUMNS[list].required, ...LIST_COLUMNS[list].optional];
const ALL_PAIRS: [ListNumber, string][] = LIST_NUMBERS.flatMap((list) => columnsOf(list).map((key): [ListNumber, string] => [list, key]));

/** The heading's words without punctuation, as a tool that writes identifiers would keep them. */
function bareWords(heading: string): string[] {
  return heading.split(/[^A-Za-z0-9]+/).filter((word) => word.length > 0);
}
const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

type Style = (heading: string) => string;
const STYLES: Record<string, Style> = {
  PascalCase: (h) => bareWords(h).map(capital).join(''),
  camelCase: (h) => bareWords(h).map((w, i) => (i === 0 ? w.toLowerCase() : capital(w))).join(''),
  snake_case: (h) => bareWords(h).map((w) => w.toLowerCase()).join('_'),
  UPPER_SNAKE: (h) => bareWords(h).map((w) => w.toUpperCase()).join('_'),
  'extra spaces': (h) => `  ${h.replace(/ /g, '   ')} `,
  'non-breaking spaces': (h) => h.replace(/ /g, '\u00A0'),
  'curly quotes': (h) => h.replace(/'/g, '\u2019'),
  'trailing ?': (h) => `${h.replace(/\?$/, '')} ?`,
  'doubled brackets': (h) => h.replace(/\)/g, '))'),
  'upper case': (h) => h.toUpperCase(),
};
const styleNames = Object.keys(STYLES);

describe('headingWords', () => {
  it.each([
    ['ChildUniqueID', 'child unique id'],
    ['CINStartDate', 'cin start date'],
    ['ReferralsLast12Months', 'referrals last 12 months'],
    ['LAInTouch', 'la in touch'],
    ['CHILD_UNIQUE_ID', 'child unique id'],
    ['date_of_contact', 'date of contact'],
    ['Date of\u00A0Referral ?', 'date of referral'],
  ])('%s → %s', (heading, words) => {
    expect(headingWords(heading)).toBe(words);
  });
});

describe('matchHeading', () => {
  it('every official heading, in every naming style, matches its own column and no other (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_PAIRS),
        fc.subarray(styleNames, { minLength: 1, maxLength: 4 }),
        ([list, key], styles) => {
          // Styles compose (snake_case then non-breaking spaces, etc.), as pasting between tools does.
          const heading = styles.reduce((text, style) => STYLES[style](text), OFFICIAL[key]);
          expect(claimingKeys(list, heading)).toEqual([key]);
          expect(matchHeading(list, heading)?.key).toBe(key);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('every style of every official heading, exhaustively for one style at a time', () => {
    for (const [list, key] of ALL_PAIRS) {
      for (const style of styleNames) {
        const heading = STYLES[style](OFFICIAL[key]);
        expect([list, style, heading, claimingKeys(list, heading)]).toEqual([list, style, heading, [key]]);
      }
    }
  });

  it('every alias, as written and in UPPER_SNAKE, matches its own column and no other in every list that reads it', () => {
    let checked = 0;
    for (const [list, key] of ALL_PAIRS) {
      for (const alias of HEADING_ALIASES[key] ?? []) {
        for (const heading of [alias.text, STYLES.UPPER_SNAKE(headingWords(alias.text))]) {
          expect([list, heading, claimingKeys(list, heading)]).toEqual([list, heading, [key]]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(70);
  });

  it('reads the SSD Annex A SQL column names of List 1, 3, 4, 6, 7, 8 and 9', () => {
    const ssd: [ListNumber, string, string][] = [
      [1, 'ChildUniqueID', 'child unique id'], [1, 'DateOfContact', 'date of contact'], [1, 'ContactSource', 'contact source'],
      [1, 'DateOfBirth', 'date of birth'], [1, 'Age', 'age of child (years)'],
      [3, 'ReferralDate', 'date of referral'], [3, 'ReferralNFA', 'referral nfa'],
      [3, 'ReferralsLast12Months', 'number of referrals in last 12 months'], [3, 'AllocatedTeam', 'allocated team'],
      [4, 'ContinuousAssessmentStart', 'continuous assessment start date'],
      [4, 'ContinuousAssessmentAuthDate', 'continuous assessment date of authorisation'],
      [6, 'CINStartDate', 'cin start date'], [6, 'CINClosureDate', 'cin closure date'], [6, 'ReasonForClosure', 'reason for closure'],
      [6, 'CaseStatus', 'case status'], [6, 'PrimaryNeedCode', 'primary need code'],
      [7, 'ChildProtectionPlanStartDate', 'child protection plan start date'], [7, 'LatestCategoryOfAbuse', 'latest category of abuse'],
      [7, 'NumberOfPreviousChildProtectionPlans', 'number of previous child protection plans'],
      [8, 'LoookedAfterStartDate', 'date started to be looked after'], [8, 'CeasedLookedAfterDate', 'date ceased to be looked after'],
      [8, 'LegalStatus', "child's legal status"], [8, 'MostRecentLegalStatusStart', 'start date of current legal status'],
      [8, 'PlacementPostcode', 'placement postcode'], [8, 'PlacementType', 'placement type'],
      [9, 'LAInTouch', 'la in touch'], [9, 'EligibilityCategory', 'eligibility category'], [9, 'TypeOfAccommodation', 'type of accommodation'],
    ];
    for (const [list, heading, key] of ssd) expect([heading, matchHeading(list, heading)?.key]).toEqual([heading, key]);
  });

  it('ignores the SSD columns we do not read rather than mistaking them for ours', () => {
    for (const heading of ['DateChildLastSeen', 'ChildSeenAlone', 'AllocatedWorker', 'HasDisability', 'PersonID', 'PlacementURN']) {
      expect([heading, claimingKeys(8, heading), claimingKeys(6, heading), claimingKeys(7, heading)]).toEqual([heading, [], [], []]);
    }
  });

  it('applies LIIA header patterns by whole words, and only when one column claims the heading', () => {
    expect(matchHeading(1, 'LA Child Identifier')).toEqual({ key: 'child unique id', strength: 1 });
    expect(matchHeading(3, 'Date of Initial Referral')).toEqual({ key: 'date of referral', strength: 1 });
    expect(matchHeading(8, 'Childs Current Legal Status')).toEqual({ key: "child's legal status", strength: 1 });
    expect(matchHeading(1, 'Age at contact')).toEqual({ key: 'age of child (years)', strength: 1 });
    // "Language" holds "age" but not the word.
    expect(matchHeading(1, 'Language')).toBeNull();
    // Two columns' patterns: ambiguous, so neither.
    expect(claimingKeys(1, 'Child ID and Date of Birth').sort()).toEqual(['child unique id', 'date of birth']);
    expect(matchHeading(1, 'Child ID and Date of Birth')).toBeNull();
    // An exact name wins over a pattern.
    expect(matchHeading(1, 'Date of Contact')).toEqual({ key: 'date of contact', strength: 3 });
  });

  it('has a LIIA pattern only for columns it reads', () => {
    for (const key of Object.keys(HEADING_PATTERNS)) expect(ALL_PAIRS.some(([, k]) => k === key)).toBe(true);
    for (const key of Object.keys(HEADING_ALIASES)) expect(ALL_PAIRS.some(([, k]) => k === key)).toBe(true);
  });
});

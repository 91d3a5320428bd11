/**
 * The Annex A code lists the sample draws from, in the template's preferred form
 * (data/public/annex-a-template-2019.xlsx, sheet Codes_used), with realistic weights.
 * `code` is what the parser matches on; `description` is used by the messy variant only where it
 * identifies one code (Annex A repeats "Individual" for 1A–1D, so those never appear bare).
 */
import { table, type WeightedTable } from './prng';

export interface Code {
  /** The template's preferred form, e.g. "q) 6: Police", "C2: FCO", "RC7 - Services ceased…". */
  full: string;
  /** The code itself, e.g. "6", "C2", "RC7", "NEG". */
  code: string;
  /** Plain description, e.g. "Police". */
  description: string;
  /** True when the description alone identifies the code and the parser is known to accept it bare. */
  descriptionUnique: boolean;
}

type Entry = readonly [full: string, code: string, description: string, weight: number];

/** `bareDescriptions`: the messy sample may write the description alone (only for lists inputs.md shows that way). */
function codes(entries: readonly Entry[], bareDescriptions = false): WeightedTable<Code> {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e[2].toLowerCase(), (counts.get(e[2].toLowerCase()) ?? 0) + 1);
  return table(
    entries.map(([full, code, description, weight]) => [
      { full, code, description, descriptionUnique: bareDescriptions && counts.get(description.toLowerCase()) === 1 },
      weight,
    ] as const),
  );
}

/** One fixed code (not drawn). */
export function fixedCode(full: string, code: string, description: string): Code {
  return { full, code, description, descriptionUnique: true };
}

export const GENDER = codes([
  ['a) Male', 'Male', 'Male', 51],
  ['b) Female', 'Female', 'Female', 48.5],
  ['c) Not stated/recorded', 'Not stated/recorded', 'Not stated/recorded', 0.5],
], true);

export const ETHNICITY = codes([
  ['a) WBRI', 'WBRI', 'White British', 84],
  ['d) WOTH', 'WOTH', 'Any other White background', 4],
  ['e) WROM', 'WROM', 'Gypsy/Roma', 0.5],
  ['f) MWBC', 'MWBC', 'White and Black Caribbean', 1.5],
  ['h) MWAS', 'MWAS', 'White and Asian', 1],
  ['i) MOTH', 'MOTH', 'Any other Mixed background', 2],
  ['k) APKN', 'APKN', 'Pakistani', 2],
  ['j) AIND', 'AIND', 'Indian', 0.5],
  ['l) ABAN', 'ABAN', 'Bangladeshi', 0.5],
  ['o) BAFR', 'BAFR', 'African', 1],
  ['n) BCRB', 'BCRB', 'Caribbean', 0.5],
  ['r) OOTH', 'OOTH', 'Any other ethnic group', 1],
  ['s) NOBT', 'NOBT', 'Information not yet obtained', 1.5],
]);

/** Contact and referral sources (England CIN census 2020-21 proportions, rounded). */
const SOURCE_ENTRIES: Entry[] = [
  ['a) 1A: Individual', '1A', 'Individual', 4],
  ['b) 1B: Individual', '1B', 'Individual', 1],
  ['c) 1C: Individual', '1C', 'Individual', 1],
  ['d) 1D: Individual', '1D', 'Individual', 1],
  ['e) 2A: Schools', '2A', 'Schools', 18],
  ['f) 2B: Education services', '2B', 'Education services', 2],
  ['g) 3A: Health services', '3A', 'Health services', 2],
  ['h) 3B: Health services', '3B', 'Health services', 2],
  ['i) 3C: Health services', '3C', 'Health services', 1],
  ['j) 3D: Health services', '3D', 'Health services', 2],
  ['k) 3E: Health services', '3E', 'Health services', 3],
  ['l) 3F: Health services', '3F', 'Health services', 4],
  ['m) 4: Housing', '4', 'Housing', 2],
  ['n) 5A: LA services', '5A', 'LA services', 5],
  ['o) 5B: LA services', '5B', 'LA services', 5],
  ['p) 5C: LA services', '5C', 'LA services', 3],
  ['q) 6: Police', '6', 'Police', 29],
  ['r) 7: Other legal agency', '7', 'Other legal agency', 4],
  ['s) 8: Other', '8', 'Other', 4],
  ['t) 9: Anonymous', '9', 'Anonymous', 3],
  ['u) 10: Unknown', '10', 'Unknown', 2],
];
export const REFERRAL_SOURCE = codes(SOURCE_ENTRIES, true);
/** Contacts come from the police even more often (domestic-abuse notifications). */
export const CONTACT_SOURCE = codes(SOURCE_ENTRIES.map((e) => (e[1] === '6' ? [e[0], e[1], e[2], 38] as const : e)), true);

export const ABUSE = codes([
  ['a) Neglect', 'NEG', 'Neglect', 46],
  ['b) Physical abuse', 'PHY', 'Physical abuse', 7],
  ['c) Sexual abuse', 'SAB', 'Sexual abuse', 4],
  ['d) Emotional abuse', 'EMO', 'Emotional abuse', 36],
  ['e) Multiple/not recommended', 'MUL', 'Multiple/not recommended', 7],
], true);

export const PRIMARY_NEED = codes([
  ['N1 - Abuse or neglect', 'N1', 'Abuse or neglect', 55],
  ['N2 - Child’s disability', 'N2', 'Child’s disability', 9],
  ['N3 - Parental disability or illness', 'N3', 'Parental disability or illness', 3],
  ['N4 - Family in acute stress', 'N4', 'Family in acute stress', 9],
  ['N5 - Family dysfunction', 'N5', 'Family dysfunction', 15],
  ['N6 - Socially unacceptable behaviour', 'N6', 'Socially unacceptable behaviour', 3],
  ['N7 - Low income', 'N7', 'Low income', 0.5],
  ['N8 - Absent parenting', 'N8', 'Absent parenting', 4],
  ['N0 - Not stated', 'N0', 'Not stated', 1.5],
]);

export const RC_NFA = fixedCode('RC8 - Case closed after assessment, no further action', 'RC8', 'Case closed after assessment, no further action');
/** Closures of CIN episodes that did not end in "no further action". */
export const CLOSURE_REASON = codes([
  ['RC7 - Services ceased for any other reason, including child no longer in need', 'RC7', 'Services ceased for any other reason', 86],
  ['RC5 - Transferred to services of another local authority', 'RC5', 'Transferred to services of another local authority', 7],
  ['RC3 - Child arrangements order', 'RC3', 'Child arrangements order', 3],
  ['RC6 - Transferred to adult social care services', 'RC6', 'Transferred to adult social care services', 3],
  ['RC4 - Special guardianship order', 'RC4', 'Special guardianship order', 1],
]);

export const CASE_STATUS = {
  cla: fixedCode('a) Looked after child', 'Looked after child', 'Looked after child'),
  cp: fixedCode('b) Child Protection plan', 'Child Protection plan', 'Child Protection plan'),
  cin: fixedCode('c) Child in need plan', 'Child in need plan', 'Child in need plan'),
  assessment: fixedCode('d) Open assessment', 'Open assessment', 'Open assessment'),
  closed: fixedCode('e) Closed episode', 'Closed episode', 'Closed episode'),
};

/** Legal status on entering care: the snapshot mix (mostly full care orders) follows as orders are made. */
export const ENTRY_LEGAL_STATUS = codes([
  ['C1: ICO', 'C1', 'Interim care order', 48],
  ['C2: FCO', 'C2', 'Full care order', 3],
  ['V2: Single period under S20', 'V2', 'Single period under S20', 40],
  ['L1: Police protection LA accommodation', 'L1', 'Police protection', 4],
  ['L2: EPO', 'L2', 'Emergency protection order', 2],
  ['J1: Remanded to LA or youth detention', 'J1', 'Remanded', 1.5],
  ['J2: LA accommodation under PACE', 'J2', 'LA accommodation under PACE', 0.5],
  ['J3: Youth rehabilitation order', 'J3', 'Youth rehabilitation order', 0.3],
]);
export const SHORT_BREAKS = codes([
  ['V3: Short term breaks, episodes recorded', 'V3', 'Short term breaks, episodes recorded', 1],
  ['V4: Short term breaks, agreements recorded', 'V4', 'Short term breaks, agreements recorded', 2],
]);

export const PLACEMENT_TYPE = codes([
  ['a) U1: Foster placement - relatives - long term', 'U1', 'Foster placement - relatives - long term', 6],
  ['b) U2: Foster placement - relative - FFA', 'U2', 'Foster placement - relative - FFA', 0.3],
  ['c) U3: Foster placement - relative - not FFA', 'U3', 'Foster placement - relative - not FFA', 10],
  ['d) U4: Foster placement - long term', 'U4', 'Foster placement - long term', 24],
  ['e) U5: Foster placement - FFA', 'U5', 'Foster placement - FFA', 0.7],
  ['f) U6: Foster placement - not FFA', 'U6', 'Foster placement - not FFA', 29],
  ['g) A3: Placed for adoption - consent - current foster', 'A3', 'Placed for adoption - consent - current foster', 0.3],
  ['h) A4: Placed for adoption - consent - not foster', 'A4', 'Placed for adoption - consent - not foster', 0.5],
  ['i) A5: Placed for adoption - order - foster', 'A5', 'Placed for adoption - order - foster', 1],
  ['j) A6: Placed for adoption - order - not foster', 'A6', 'Placed for adoption - order - not foster', 2.5],
  ['k) P1: Placed with parents', 'P1', 'Placed with parents', 7],
  ['l) P2: Independent living', 'P2', 'Independent living', 3],
  ['m) P3: Residential employment', 'P3', 'Residential employment', 0.1],
  ['n) H5: Residential accommodation', 'H5', 'Residential accommodation', 3],
  ['o) K1: Secure Children’s Homes', 'K1', 'Secure Children’s Homes', 0.3],
  ['p) K2: Children’s Homes', 'K2', 'Children’s Homes', 10],
  ['q) R1: Residential Care Home', 'R1', 'Residential Care Home', 0.5],
  ['r) R2: NHS/Health Trust', 'R2', 'NHS/Health Trust', 0.3],
  ['s) R3: Family Centre or Mother and Baby Unit', 'R3', 'Family Centre or Mother and Baby Unit', 0.4],
  ['t) R5: Young Offender Institution', 'R5', 'Young Offender Institution', 0.2],
  ['u) S1: Residential school', 'S1', 'Residential school', 0.5],
  ['v) Z1: Other placements', 'Z1', 'Other placements', 0.2],
  ['w) T0: Temporary placement', 'T0', 'Temporary placement', 0.2],
]);
/** Short breaks are in foster or residential respite. */
export const SHORT_BREAK_PLACEMENT = codes([
  ['f) U6: Foster placement - not FFA', 'U6', 'Foster placement - not FFA', 1],
  ['p) K2: Children’s Homes', 'K2', 'Children’s Homes', 2],
]);

export const PLACEMENT_PROVIDER = codes([
  ['b) PR1: Own provision', 'PR1', 'Own provision', 55],
  ['c) PR2: Other LA provision', 'PR2', 'Other LA provision', 3],
  ['e) PR4: Private provision', 'PR4', 'Private provision', 35],
  ['f) PR5: Voluntary/third sector', 'PR5', 'Voluntary/third sector', 4],
  ['a) PR0: Parents/Parental responsibility', 'PR0', 'Parents/Parental responsibility', 3],
]);

export const LOCATION_IN = fixedCode('a) In', 'In', 'In');
export const LOCATION_OUT = fixedCode('b) Out', 'Out', 'Out');

export const PERMANENCE_PLAN = codes([
  ['a) Return to family', 'Return to family', 'Return to family', 15],
  ['b) Adoption', 'Adoption', 'Adoption', 8],
  ['c) SGO/CAO', 'SGO/CAO', 'SGO/CAO', 10],
  ['f) Long-term fostering', 'Long-term fostering', 'Long-term fostering', 55],
  ['e) Long-term residential placement', 'Long-term residential placement', 'Long-term residential placement', 8],
  ['d) Supported living in the community', 'Supported living in the community', 'Supported living in the community', 4],
]);

export type ExitRoute = 'home' | 'adopted' | 'sgo' | 'eighteen' | 'other';
export const REASON_CEASED: Record<ExitRoute, WeightedTable<Code>> = {
  home: codes([
    ['e) E4A: Returned home to live with parents or relatives - part of planning', 'E4A', 'Returned home - part of planning', 8],
    ['f) E4B: Returned home to live with parents or relatives - not part of planning', 'E4B', 'Returned home - not part of planning', 2],
    ['g) E13: Parents, relatives or other with no parental responsibility', 'E13', 'Left care to live with parents, relatives or other', 1],
  ]),
  adopted: codes([
    ['a) E11: Adopted - application unopposed', 'E11', 'Adopted - application unopposed', 3],
    ['b) E12: Adopted - consent dispensed', 'E12', 'Adopted - consent dispensed', 2],
  ]),
  sgo: codes([
    ['i) E45: Special Guardianship Orders - former carer relative/friend', 'E45', 'SGO - former carer relative/friend', 3],
    ['k) E47: Special Guardianship Orders - relative/friend', 'E47', 'SGO - relative/friend', 4],
    ['j) E46: Special Guardianship Orders - former carer other', 'E46', 'SGO - former carer other', 1],
    ['h) E41: Residence order granted', 'E41', 'Child arrangements order', 1],
  ]),
  eighteen: codes([
    ['m) E5: Moved into independent living - supported', 'E5', 'Moved into independent living - supported', 5],
    ['n) E6: Moved into independent living - no support', 'E6', 'Moved into independent living - no support', 1],
    ['t) E8: Care ceased for any other reason', 'E8', 'Care ceased for any other reason', 3],
    ['o) E7: Transferred to residential care funded by adult social services', 'E7', 'Transferred to adult social services', 0.5],
  ]),
  other: codes([
    ['t) E8: Care ceased for any other reason', 'E8', 'Care ceased for any other reason', 6],
    ['d) E3: Care taken by another LA', 'E3', 'Care taken by another LA', 1],
    ['p) E9: Sentenced to custody', 'E9', 'Sentenced to custody', 0.5],
  ]),
};

export const ELIGIBILITY = {
  relevant: fixedCode('a) Relevant child', 'Relevant child', 'Relevant child'),
  formerRelevant: fixedCode('b) Former relevant child', 'Former relevant child', 'Former relevant child'),
  qualifying: fixedCode('c) Qualifying care leaver', 'Qualifying care leaver', 'Qualifying care leaver'),
};

export const IN_TOUCH = codes([
  ['a) Yes', 'Yes', 'Yes', 92],
  ['b) No', 'No', 'No', 3.5],
  ['d) Refu', 'Refu', 'Refused', 2.5],
  ['e) NREQ', 'NREQ', 'No longer requires services', 1.5],
  ['f) Rhom', 'Rhom', 'Returned home', 0.4],
  ['c) Died', 'Died', 'Died', 0.1],
]);

/** Type of Accommodation (2019 template letters). `suitableShare` is how often each is judged suitable. */
export const ACCOMMODATION = codes([
  ['B: Parents/relatives', 'B', 'Parents/relatives', 15],
  ['C: Community home / residential care', 'C', 'Community home / residential care', 4],
  ['D: Semi-independent, transitional accommodation and self-contained accommodation', 'D', 'Semi-independent accommodation', 20],
  ['E: Supported lodgings', 'E', 'Supported lodgings', 7],
  ['K: Ordinary lodgings, without formal support', 'K', 'Ordinary lodgings', 3],
  ['T: Foyers and similar supported accommodation', 'T', 'Foyers', 4],
  ['U: Independent living', 'U', 'Independent living', 30],
  ['Z: With former foster carers', 'Z', 'With former foster carers', 10],
  ['X: In custody', 'X', 'In custody', 2],
  ['S: No fixed abode / homeless', 'S', 'No fixed abode / homeless', 1],
  ['W: Bed and breakfast', 'W', 'Bed and breakfast', 0.5],
  ['V: Emergency accommodation', 'V', 'Emergency accommodation', 0.5],
  ['Y: Other accommodation', 'Y', 'Other accommodation', 3],
]);
/** Accommodation types that are never suitable (custody, homeless, B&B, emergency). */
export const UNSUITABLE_TYPES = new Set(['X', 'S', 'W', 'V']);
export const SUITABLE = fixedCode('a) Suitable', 'Suitable', 'Suitable');
export const UNSUITABLE = fixedCode('b) Unsuitable', 'Unsuitable', 'Unsuitable');

export const ACTIVITY_EET = codes([
  ['F1: Full time in higher education', 'F1', 'Full time in higher education', 7],
  ['P1: Part time in higher education', 'P1', 'Part time in higher education', 0.5],
  ['F2: Full time in education other than higher', 'F2', 'Full time in education other than higher', 14],
  ['P2: Part time in education other than higher', 'P2', 'Part time in education other than higher', 2],
  ['F3: Full time in training or employment', 'F3', 'Full time in training or employment', 17],
  ['P3: Part time in training or employment', 'P3', 'Part time in training or employment', 6],
]);
export const ACTIVITY_NEET = codes([
  ['G4: Not in education, employment or training - illness or disability', 'G4', 'NEET - illness or disability', 10],
  ['G5: Not in education, employment or training - other', 'G5', 'NEET - other', 28],
  ['G6: Not in education, employment or training - pregnancy or parenting', 'G6', 'NEET - pregnancy or parenting', 7],
]);

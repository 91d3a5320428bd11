/**
 * Annex A code tables, from the `Codes_used` sheet of the official template
 * (data/public/annex-a-template-2019.xlsx, August 2019) plus the SSDA903 / CIN census codes the
 * template abbreviates. Descriptions map to a code so that an extract holding only the text
 * ("Police", "Neglect") still counts; a group description ("Health services") maps to a
 * representative code of its group (3A), which is all the indicators need.
 */

export interface CodeTable {
  /** What a valid value looks like, for problem messages. */
  expected: string;
  /** Canonical codes (upper case as Annex A writes them). */
  codes: readonly string[];
  /** Lower-case description → code. */
  descriptions: Readonly<Record<string, string>>;
  /**
   * Open tables (Placement Type, Type of Accommodation) keep an unrecognised code as given,
   * upper case, because the 903 return adds codes from year to year.
   */
  open?: boolean;
}

export const SOURCE_CODES: CodeTable = {
  expected: 'a source code 1A-1D, 2A, 2B, 3A-3F, 4, 5A-5D, 6, 7, 8, 9 or 10 (or its description)',
  codes: ['1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C', '5D', '6', '7', '8', '9', '10'],
  descriptions: {
    individual: '1A',
    schools: '2A',
    school: '2A',
    'education services': '2B',
    education: '2B',
    'health services': '3A',
    health: '3A',
    housing: '4',
    'la services': '5A',
    'local authority services': '5A',
    police: '6',
    'other legal agency': '7',
    other: '8',
    anonymous: '9',
    unknown: '10',
  },
};

export const ABUSE_CATEGORIES: CodeTable = {
  expected: 'a category NEG, PHY, SAB, EMO or MUL (or Neglect, Physical abuse, Sexual abuse, Emotional abuse, Multiple/not recommended)',
  codes: ['NEG', 'PHY', 'SAB', 'EMO', 'MUL'],
  descriptions: {
    neglect: 'NEG',
    'physical abuse': 'PHY',
    physical: 'PHY',
    'sexual abuse': 'SAB',
    sexual: 'SAB',
    'emotional abuse': 'EMO',
    emotional: 'EMO',
    'multiple/not recommended': 'MUL',
    'multiple / not recommended': 'MUL',
    multiple: 'MUL',
  },
};

export const LEGAL_STATUSES: CodeTable = {
  expected: 'a legal status C1, C2, D1, E1, V2, V3, V4, L1-L3 or J1-J3',
  codes: ['C1', 'C2', 'D1', 'E1', 'V2', 'V3', 'V4', 'L1', 'L2', 'L3', 'J1', 'J2', 'J3'],
  descriptions: {
    ico: 'C1',
    'interim care order': 'C1',
    'interim care orders': 'C1',
    fco: 'C2',
    'full care order': 'C2',
    'full care orders': 'C2',
    'freeing order': 'D1',
    'freeing order granted': 'D1',
    'freed for adoption': 'D1',
    'placement order': 'E1',
    'placement order granted': 'E1',
    'single period under s20': 'V2',
    'single period of accommodation under section 20': 'V2',
    'accommodated under s20': 'V2',
    'short term breaks, episodes recorded': 'V3',
    'short term breaks, agreements recorded': 'V4',
    'police protection la accommodation': 'L1',
    'under police protection and in local authority accommodation': 'L1',
    epo: 'L2',
    'emergency protection order': 'L2',
    'emergency protection order (epo)': 'L2',
    'child assessment order la accommodation': 'L3',
    'under child assessment order and in local authority accommodation': 'L3',
    'remanded to la or youth detention': 'J1',
    'remanded to local authority accommodation or to youth detention accommodation': 'J1',
    'la accommodation under pace': 'J2',
    'youth rehabilitation order': 'J3',
  },
};

export const PLACEMENT_TYPES: CodeTable = {
  expected: 'a 903 placement type such as U1-U6, A3-A6, P1-P3, H5, K1, K2, R1-R5, S1, T0-T4 or Z1',
  codes: [
    'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'A3', 'A4', 'A5', 'A6', 'P1', 'P2', 'P3', 'H5', 'K1', 'K2',
    'R1', 'R2', 'R3', 'R5', 'S1', 'Z1', 'T0', 'T1', 'T2', 'T3', 'T4', 'P4', 'R4', 'Q1', 'Q2',
  ],
  descriptions: {
    'foster placement - relatives - long term': 'U1',
    'foster placement - relative - ffa': 'U2',
    'foster placement - relative - not ffa': 'U3',
    'foster placement - long term': 'U4',
    'foster placement - ffa': 'U5',
    'foster placement - not ffa': 'U6',
    'placed for adoption - consent - current foster': 'A3',
    'placed for adoption - consent - not foster': 'A4',
    'placed for adoption - order - foster': 'A5',
    'placed for adoption - order - not foster': 'A6',
    'placed with parents': 'P1',
    'independent living': 'P2',
    'residential employment': 'P3',
    'residential accommodation': 'H5',
    "secure children's homes": 'K1',
    "secure children's home": 'K1',
    "children's homes": 'K2',
    "children's home": 'K2',
    'residential care home': 'R1',
    'nhs/health trust': 'R2',
    'family centre or mother and baby unit': 'R3',
    'young offender institution': 'R5',
    'residential school': 'S1',
    'other placements': 'Z1',
    'temporary placement': 'T0',
    'temporary placement - hospital': 'T1',
    'temporary placement - holiday': 'T2',
    'temporary placement - carer holiday': 'T3',
    'temporary placement - seven days or less': 'T4',
  },
  open: true,
};

export const IN_TOUCH_CODES: CodeTable = {
  expected: 'YES, NO, DIED, REFU, NREQ or RHOM (a) Yes ... f) Rhom)',
  codes: ['YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM'],
  descriptions: {
    y: 'YES',
    n: 'NO',
    true: 'YES',
    false: 'NO',
    'in touch': 'YES',
    'not in touch': 'NO',
    dead: 'DIED',
    refused: 'REFU',
    'refuses contact': 'REFU',
    'young person refuses contact': 'REFU',
    'no longer requires services': 'NREQ',
    'no longer requires support': 'NREQ',
    'returned home': 'RHOM',
    'returned home to family': 'RHOM',
  },
};

export const ACTIVITY_CODES: CodeTable = {
  expected: 'an activity status F1-F5, P1-P5 or G1-G6',
  codes: ['F1', 'F2', 'F3', 'F4', 'F5', 'P1', 'P2', 'P3', 'P4', 'P5', 'G1', 'G2', 'G3', 'G4', 'G5', 'G6'],
  descriptions: {
    'full time in higher education': 'F1',
    'part time in higher education': 'P1',
    'full time in education other than higher': 'F2',
    'part time in education other than higher': 'P2',
    'full time in training or employment': 'F3',
    'part time in training or employment': 'P3',
    'not in education, employment or training - illness or disability': 'G4',
    'not in education, employment or training - other': 'G5',
    'not in education, employment or training - pregnancy or parenting': 'G6',
  },
};

export const CLOSURE_REASONS: CodeTable = {
  expected: 'a reason for closure RC1-RC9',
  codes: ['RC1', 'RC2', 'RC3', 'RC4', 'RC5', 'RC6', 'RC7', 'RC8', 'RC9'],
  descriptions: {
    adopted: 'RC1',
    died: 'RC2',
    'child arrangements order': 'RC3',
    'special guardianship order': 'RC4',
    'transferred to services of another local authority': 'RC5',
    'transferred to adult social care services': 'RC6',
    'services ceased for any other reason, including child no longer in need': 'RC7',
    'case closed after assessment, no further action': 'RC8',
    'case closed after assessment, referred to early help': 'RC9',
  },
};

export const ACCOMMODATION_TYPES: CodeTable = {
  expected: 'a 903 accommodation type such as B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y or Z',
  codes: ['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z'],
  descriptions: {
    'parents/relatives': 'B',
    'community home / residential care': 'C',
    'semi-independent, transitional accommodation and self-contained accommodation': 'D',
    'supported lodgings': 'E',
    abroad: 'G',
    deported: 'H',
    'ordinary lodgings, without formal support': 'K',
    'residence not known': 'R',
    'no fixed abode / homeless': 'S',
    'foyers and similar supported accommodation': 'T',
    'independent living': 'U',
    'emergency accommodation': 'V',
    'bed and breakfast': 'W',
    'in custody': 'X',
    'other accommodation': 'Y',
    'with former foster carers': 'Z',
  },
  open: true,
};

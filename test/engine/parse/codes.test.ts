import {
  ABUSE_CATEGORIES, ACCOMMODATION_TYPES, ACTIVITY_CODES, CLOSURE_REASONS, IN_TOUCH_CODES, LEGAL_STATUSES, PLACEMENT_TYPES, SOURCE_CODES,
} from '../../../src/engine/parse/code-tables';
import { CodeLookup } from '../../../src/engine/parse/codes';

function codeOf(lookup: CodeLookup, value: string | number): string | null {
  return lookup.match(value).code;
}

describe('CodeLookup: contact and referral sources', () => {
  const sources = new CodeLookup(SOURCE_CODES);
  it.each([
    ['q) 6: Police', '6'],
    ['6: Police', '6'],
    ['6', '6'],
    ['POLICE', '6'],
    ['police', '6'],
    ['a) 1A: Individual', '1A'],
    ['1a', '1A'],
    ['Individual', '1A'],
    ['Health services', '3A'],
    ['j) 3D: Health services', '3D'],
    ['LA services', '5A'],
    ['5D', '5D'],
    ['u) 10: Unknown', '10'],
    ['  s)   8:  Other ', '8'],
  ])('%s → %s', (value, code) => {
    expect(codeOf(sources, value)).toBe(code);
  });

  it('reads numbers as codes', () => {
    expect(codeOf(sources, 6)).toBe('6');
    expect(codeOf(sources, 10)).toBe('10');
  });

  it('does not recognise other text', () => {
    expect(sources.match('Neighbour')).toEqual({ code: null, recognised: false });
    expect(sources.match('11')).toEqual({ code: null, recognised: false });
  });

  it('prefers the code to the description when both are present', () => {
    // The code says Schools even though the description says Police.
    expect(codeOf(sources, '2A: Police')).toBe('2A');
  });
});

describe('CodeLookup: categories of abuse', () => {
  const categories = new CodeLookup(ABUSE_CATEGORIES);
  it.each([
    ['a) Neglect', 'NEG'],
    ['NEG', 'NEG'],
    ['neg', 'NEG'],
    ['Neglect', 'NEG'],
    ['Physical abuse', 'PHY'],
    ['c) Sexual abuse', 'SAB'],
    ['d) Emotional abuse', 'EMO'],
    ['e) Multiple/not recommended', 'MUL'],
    ['MUL', 'MUL'],
  ])('%s → %s', (value, code) => {
    expect(codeOf(categories, value)).toBe(code);
  });
});

describe('CodeLookup: legal status', () => {
  const statuses = new CodeLookup(LEGAL_STATUSES);
  it.each([
    ['C2', 'C2'],
    ['C2: FCO', 'C2'],
    ['c1: ico', 'C1'],
    ['E1: Placement order', 'E1'],
    ['V3: Short term breaks, episodes recorded', 'V3'],
    ['V4', 'V4'],
    ['L2: EPO', 'L2'],
    ['J3', 'J3'],
    ['Full care order', 'C2'],
  ])('%s → %s', (value, code) => {
    expect(codeOf(statuses, value)).toBe(code);
  });

  it('does not recognise V1 (not an Annex A status)', () => {
    expect(statuses.match('V1')).toEqual({ code: null, recognised: false });
  });
});

describe('CodeLookup: placement type (open table)', () => {
  const types = new CodeLookup(PLACEMENT_TYPES);
  it.each([
    ['a) U1', 'U1'],
    ['U1', 'U1'],
    ['u1', 'U1'],
    ['U1: Foster placement - relatives - long term', 'U1'],
    ['f) U6: Foster placement - not FFA', 'U6'],
    ['n) H5: Residential accommodation', 'H5'],
    ["p) K2: Children’s Homes", 'K2'],
    ['zz) T4: Temporary placement - seven days or less', 'T4'],
    ['Placed with parents', 'P1'],
  ])('%s → %s', (value, code) => {
    expect(codeOf(types, value)).toBe(code);
  });

  it('keeps an unknown code-shaped value upper case without complaint', () => {
    expect(types.match('q9')).toEqual({ code: 'Q9', recognised: true });
    expect(types.match('Y1: Something new')).toEqual({ code: 'Y1', recognised: true });
  });

  it('keeps unknown free text upper case but flags it', () => {
    expect(types.match('Kinship care')).toEqual({ code: 'KINSHIP CARE', recognised: false });
  });
});

describe('CodeLookup: care leavers', () => {
  const inTouch = new CodeLookup(IN_TOUCH_CODES);
  it.each([
    ['a) Yes', 'YES'],
    ['Yes', 'YES'],
    ['b) No', 'NO'],
    ['c) Died', 'DIED'],
    ['d) Refu', 'REFU'],
    ['e) NREQ', 'NREQ'],
    ['f) Rhom', 'RHOM'],
    ['Refused', 'REFU'],
    ['No longer requires services', 'NREQ'],
    ['Returned home', 'RHOM'],
  ])('LA In Touch %s → %s', (value, code) => {
    expect(codeOf(inTouch, value)).toBe(code);
  });

  const activities = new CodeLookup(ACTIVITY_CODES);
  it.each([
    ['F1: Full time in higher education', 'F1'],
    ['F1', 'F1'],
    ['p5', 'P5'],
    ['G4: Not in education, employment or training - illness or disability', 'G4'],
    ['G1', 'G1'],
    ['Part time in training or employment', 'P3'],
  ])('Activity %s → %s', (value, code) => {
    expect(codeOf(activities, value)).toBe(code);
  });

  it('does not recognise an activity outside F1–F5, P1–P5, G1–G6', () => {
    expect(activities.match('G7')).toEqual({ code: null, recognised: false });
  });

  const accommodation = new CodeLookup(ACCOMMODATION_TYPES);
  it('reads accommodation types by code or description, keeping new codes', () => {
    expect(codeOf(accommodation, 'Y: Other accommodation')).toBe('Y');
    expect(codeOf(accommodation, 'U: Independent living')).toBe('U');
    expect(codeOf(accommodation, 'Supported lodgings')).toBe('E');
    expect(codeOf(accommodation, 'b2')).toBe('B2');
  });
});

describe('CodeLookup: reason for closure', () => {
  const reasons = new CodeLookup(CLOSURE_REASONS);
  it.each([
    ['RC8 - Case closed after assessment, no further action', 'RC8'],
    ['RC8', 'RC8'],
    ['rc9', 'RC9'],
    ['RC1 - Adopted', 'RC1'],
    ['Case closed after assessment, no further action', 'RC8'],
  ])('%s → %s', (value, code) => {
    expect(codeOf(reasons, value)).toBe(code);
  });

  it('does not recognise RC10', () => {
    expect(reasons.match('RC10')).toEqual({ code: null, recognised: false });
  });
});

import type { CellValue, SourceSheet } from '../../../src/engine/types';
import { parseWorkbook } from '../../../src/engine/parse';

const DATE_FORMS = 'expected DD/MM/YYYY, YYYY-MM-DD or an Excel date';

// Hand-worked Day numbers (days since 1970-01-01):
// 1 April 2021 = 18718 (Excel serial 44287); 2 April = 18719; 4 April (serial 44290) = 18721.
// 1 May 2010 = 14610 (2010-01-01: 40×365 + 10 leap days) + 120 = 14730. Serial 40000 = 14431.
describe('parseWorkbook: List 3 in the template layout', () => {
  const title = 'List 3: Referral';
  const values: CellValue[][] = [
    [title, title, title, title, title, title, title, title],
    ['Child Unique ID', 'Date of Birth', 'Date of referral', 'Referral Source', 'Referral NFA?', 'Number of Referrals in Last 12 Months', 'Allocated Team', 'Home Postcode'],
    [123, '2010-05-01', '01/04/2021', 'q) 6: Police', 'b) No', 0, 'Team A', 'WR1 2AB'],
    [null, '', '  ', undefined],
    ['   ', '\u00A0'],
    ['00123', 40000, 44290, 'Schools', 'Yes', '2', '#N/A', null],
    ['A7', null, '31/02/2021', '6', 'No', 1, 'Team A', null],
    [null, null, '02/04/2021', '6'],
    ['A9', '31/02/2015', '2021-04-02', 'Neighbour', 'maybe', 'lots', null, '#REF!'],
    ['A10', null, null, '6'],
  ];
  const parsed = parseWorkbook([{ name: 'List_3', values }]);

  it('keeps the good rows with their worksheet row numbers (blank rows skipped)', () => {
    expect(parsed.lists[3]).toEqual([
      { row: 3, childId: '123', dateOfBirth: 14730, district: null, postcode: 'WR1 2AB', team: 'Team A', date: 18718, source: '6', nfa: false, referralsLast12Months: 0, outcome: null },
      { row: 6, childId: '00123', dateOfBirth: 14431, district: null, postcode: null, team: null, date: 18721, source: '2A', nfa: true, referralsLast12Months: 2, outcome: null },
      { row: 9, childId: 'A9', dateOfBirth: null, district: null, postcode: null, team: null, date: 18719, source: null, nfa: null, referralsLast12Months: null, outcome: null },
    ]);
  });

  it('counts rows read and excluded, and lists the optional columns found', () => {
    expect(parsed.info[3]).toEqual({
      list: 3,
      sheet: 'List_3',
      rowsRead: 6,
      headingRow: 2,
      rowsExcluded: 3,
      columns: ['date of birth', 'allocated team', 'postcode', 'referral source', 'referral nfa', 'number of referrals in last 12 months'],
      // Dates of birth kept: 2010-05-01 = 14610 (2010-01-01) + 120 = 14730; serial 40000 = 40000 − 25569 = 14431.
      // Referrals kept: 01/04/2021 = 18718 … serial 44290 = 18721 (04/04/2021).
      earliest: { date: 18718 },
      latest: { date: 18721 },
      fieldColumns: {
        childId: { heading: 'Child Unique ID', columnIndex: 0 },
        dateOfBirth: { heading: 'Date of Birth', columnIndex: 1 },
        postcode: { heading: 'Home Postcode', columnIndex: 7 },
        team: { heading: 'Allocated Team', columnIndex: 6 },
        date: { heading: 'Date of referral', columnIndex: 2 },
        source: { heading: 'Referral Source', columnIndex: 3 },
        nfa: { heading: 'Referral NFA?', columnIndex: 4 },
        referralsLast12Months: { heading: 'Number of Referrals in Last 12 Months', columnIndex: 5 },
      },
    });
  });

  it('locates every row problem and never echoes an ID, date of birth or postcode', () => {
    const at = (row: number, column: string, columnIndex: number, value: string | null, message: string, severity: 'error' | 'warning', excluded: boolean) =>
      ({ list: 3, sheet: 'List_3', row, column, columnIndex, value, message, severity, excluded });
    expect(parsed.problems).toEqual([
      at(6, 'Allocated Team', 6, '#N/A', 'Allocated Team holds the Excel error #N/A: read as blank', 'warning', false),
      at(7, 'Date of referral', 2, '31/02/2021', `Date of referral "31/02/2021" is not a valid date: ${DATE_FORMS}; the row was left out`, 'error', true),
      at(8, 'Child Unique ID', 0, null, 'Child Unique ID is blank: the row was left out', 'error', true),
      at(9, 'Date of Birth', 1, null, `Date of Birth is not a valid date: ${DATE_FORMS}; read as blank`, 'warning', false),
      at(9, 'Home Postcode', 7, null, 'Home Postcode holds the Excel error #REF!: read as blank', 'warning', false),
      at(9, 'Referral Source', 3, 'Neighbour',
        'Referral Source "Neighbour" is not a recognised code: expected a source code 1A-1D, 2A, 2B, 3A-3F, 4, 5A-5D, 6, 7, 8, 9 or 10 (or its description); read as blank',
        'warning', false),
      at(9, 'Referral NFA?', 4, 'maybe', 'Referral NFA? "maybe" is not Yes or No: expected a) Yes, Yes, Y, 1, TRUE, b) No, No, N, 0 or FALSE; read as blank', 'warning', false),
      at(9, 'Number of Referrals in Last 12 Months', 5, 'lots', 'Number of Referrals in Last 12 Months "lots" is not a whole number: expected 0, 1, 2, ...; read as blank', 'warning', false),
      at(10, 'Date of referral', 2, null, 'Date of referral is blank: the row was left out', 'error', true),
    ]);
    const text = JSON.stringify(parsed.problems);
    expect(text).not.toContain('31/02/2015');
    expect(text).not.toContain('00123');
    expect(text).not.toContain('WR1');
  });
});

describe('parseWorkbook: worksheet positions', () => {
  it('honours firstRow and firstColumn in row numbers and column indexes', () => {
    const sheet: SourceSheet = {
      name: 'Contacts',
      firstRow: 5,
      firstColumn: 1,
      values: [
        ['Child ID', 'Date of Contact'],
        ['C1', '01/04/2021'],
        [],
        ['C2', 'soon'],
      ],
    };
    const parsed = parseWorkbook([sheet]);
    expect(parsed.lists[1]).toEqual([{ row: 6, childId: 'C1', dateOfBirth: null, district: null, postcode: null, team: null, date: 18718, source: null, outcome: null }]);
    expect(parsed.problems).toEqual([{
      list: 1, sheet: 'Contacts', row: 8, column: 'Date of Contact', columnIndex: 2, value: 'soon',
      message: `Date of Contact "soon" is not a valid date: ${DATE_FORMS}; the row was left out`, severity: 'error', excluded: true,
    }]);
    expect(parsed.info[1]?.rowsRead).toBe(2);
    expect(parsed.info[1]?.rowsExcluded).toBe(1);
  });
});

describe('parseWorkbook: sheets', () => {
  const contacts: CellValue[][] = [['Child Unique ID', 'Date of Contact', 'Contact Outcome'], ['C1', 44287, ' Advice given ']];
  const parsed = parseWorkbook([
    { name: 'Report Settings', values: [['Setting', 'Value']] },
    { name: 'list 1', values: contacts },
    { name: 'Contacts', values: contacts },
    { name: 'List 2', values: [['Child Unique ID']] },
    { name: 'List_7', values: [['List 7: Child protection'], ['Child Unique ID', 'Child Protection Plan Start Date'], [null, ' ']] },
    { name: 'CIN', values: [['Child Unique ID', 'Start']] },
  ]);

  it('reads the first sheet of each list and ignores the rest', () => {
    expect(Object.keys(parsed.lists)).toEqual(['1', '7']);
    expect(Object.keys(parsed.info)).toEqual(['1', '7']);
    expect(parsed.ignoredSheets).toEqual(['Report Settings', 'Contacts', 'List 2']);
    expect(parsed.lists[1]?.[0].outcome).toBe('Advice given');
    expect(parsed.info[1]?.columns).toEqual(['contact outcome']);
  });

  it('keeps an empty list and warns; rejects a list missing a required heading', () => {
    expect(parsed.lists[7]).toEqual([]);
    expect(parsed.info[7]?.rowsRead).toBe(0);
    expect(parsed.info[7]?.earliest).toEqual({ start: null, end: null });
    expect(parsed.lists[6]).toBeUndefined();
    expect(parsed.problems.map((p) => [p.sheet, p.row, p.severity, p.message])).toEqual([
      ['Contacts', null, 'warning', 'Sheet "Contacts" also looks like List 1: Contacts, which was already read from sheet "list 1": it was ignored'],
      ['List_7', 2, 'warning', 'Sheet "List_7" (List 7: Child protection) has headings but no data rows: the list is read as empty'],
      ['CIN', null, 'error',
        'Sheet "CIN" (List 6: Children in need) has no "CIN Start Date" column in its first 5 rows, so the list was not read. Headings found: Child Unique ID, Start'],
    ]);
  });
});

// 5 April 2021 = 18722; 1 March 2021 = 18628 + 59 = 18687; 31 March 2021 = 18717; 30 June 2021 = 18628 + 180 = 18808.
describe('parseWorkbook: end dates before start dates', () => {
  it('excludes CIN, CP, CLA and assessment rows that end before they start', () => {
    const parsed = parseWorkbook([
      { name: 'List 4', values: [['Child Unique ID', 'Continuous Assessment Start Date', 'Continuous Assessment Date of Authorisation'], ['A', '05/04/2021', '01/04/2021'], ['B', '01/04/2021', '01/04/2021']] },
      { name: 'List 6', values: [['Child Unique ID', 'CIN Start Date', 'CIN Closure Date', 'Reason for Closure'], ['A', '05/04/2021', '01/03/2021', 'RC8'], ['B', '01/03/2021', '05/04/2021', 'RC8 - Case closed after assessment, no further action']] },
      { name: 'List 7', values: [['Child Unique ID', 'Child Protection Plan Start Date', 'Child Protection Plan End Date', 'Number of Previous Child Protection Plans', 'Latest Category of Abuse'], ['A', '05/04/2021', '31/03/2021', 1, 'a) Neglect'], ['B', '01/03/2021', '', 'two', 'Emotional abuse']] },
      { name: 'List 8', values: [['Child Unique ID', 'Date Started to be Looked After', 'Date Ceased to be Looked After '], ['A', '30/06/2021', '05/04/2021'], ['B', '01/04/2021', '30/06/2021']] },
    ]);
    expect(parsed.problems.filter((p) => p.excluded).map((p) => [p.list, p.row, p.column, p.value, p.severity, p.message])).toEqual([
      [4, 2, 'Continuous Assessment Date of Authorisation', '01/04/2021', 'warning',
        'Continuous Assessment Date of Authorisation (01/04/2021) is before Continuous Assessment Start Date (05/04/2021): the row was left out'],
      [6, 2, 'CIN Closure Date', '01/03/2021', 'warning', 'CIN Closure Date (01/03/2021) is before CIN Start Date (05/04/2021): the row was left out'],
      [7, 2, 'Child Protection Plan End Date', '31/03/2021', 'warning',
        'Child Protection Plan End Date (31/03/2021) is before Child Protection Plan Start Date (05/04/2021): the row was left out'],
      [8, 2, 'Date Ceased to be Looked After', '05/04/2021', 'warning',
        'Date Ceased to be Looked After (05/04/2021) is before Date Started to be Looked After (30/06/2021): the row was left out'],
    ]);
    expect(parsed.lists[4]).toEqual([{ row: 3, childId: 'B', dateOfBirth: null, district: null, postcode: null, team: null, start: 18718, authorised: 18718 }]);
    expect(parsed.lists[6]).toEqual([{ row: 3, childId: 'B', dateOfBirth: null, district: null, postcode: null, team: null, start: 18687, end: 18722, closureReason: 'RC8' }]);
    expect(parsed.lists[7]).toEqual([{
      row: 3, childId: 'B', dateOfBirth: null, district: null, postcode: null, team: null, start: 18687, end: null,
      latestCategory: 'EMO', initialCategory: null, previousPlans: 0,
    }]);
    expect(parsed.lists[8]?.map((r) => [r.row, r.start, r.end])).toEqual([[3, 18718, 18808]]);
    for (const list of [4, 6, 7, 8] as const) expect([parsed.info[list]?.rowsRead, parsed.info[list]?.rowsExcluded]).toEqual([2, 1]);
    expect(parsed.info[6]?.earliest).toEqual({ start: 18687, end: 18722 });
    // The previous-plans count that is not a number is reported and read as 0; the row stays.
    // (Row problems only: these hand-made lists' dates also end months apart, which gets its own warning.)
    expect(parsed.problems.filter((p) => !p.excluded && p.row !== null).map((p) => [p.list, p.row, p.value, p.message])).toEqual([
      [7, 3, 'two', 'Number of Previous Child Protection Plans "two" is not a whole number: expected 0, 1, 2, ...; read as 0'],
    ]);
  });
});

describe('parseWorkbook: List 8 codes', () => {
  it('reads legal status, placement type, location and placement postcode', () => {
    const parsed = parseWorkbook([{
      name: 'Children in care',
      values: [
        ['Child Unique ID', 'Date Started to be Looked After', 'Child’s Legal Status', 'Start date of current legal status', 'Placement Type', 'Placement postcode', 'Placement Location'],
        [1761444, 44287, 'E1: Placement order', '2021-04-01T00:00:00.000Z', 'f) U6: Foster placement - not FFA', 'T28 2WB', 'a) In'],
        [1373595, 44287, 'C2', null, 'a) U1', '#N/A', 'Out'],
        [2529037, 44287, 'XX', null, 'Kinship care', null, 'b) Out'],
      ],
    }]);
    expect(parsed.lists[8]?.map((r) => [r.childId, r.legalStatus, r.legalStatusStart, r.placementType, r.placementPostcode, r.placementLocation])).toEqual([
      ['1761444', 'E1', 18718, 'U6', 'T28 2WB', 'in'],
      ['1373595', 'C2', null, 'U1', null, 'out'],
      ['2529037', null, null, 'KINSHIP CARE', null, 'out'],
    ]);
    expect(parsed.problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [3, 'Placement postcode', null, 'Placement postcode holds the Excel error #N/A: read as blank'],
      [4, 'Child’s Legal Status', 'XX',
        'Child’s Legal Status "XX" is not a recognised code: expected a legal status C1, C2, D1, E1, V2, V3, V4, L1-L3 or J1-J3; read as blank'],
      [4, 'Placement Type', 'Kinship care', 'Placement Type "Kinship care" is not a recognised code: kept as "KINSHIP CARE"'],
    ]);
    expect(parsed.info[8]?.columns).toEqual(["child's legal status", 'start date of current legal status', 'placement type', 'placement postcode', 'placement location']);
  });
});

describe('parseWorkbook: List 9 in the LIIA 2024 layout', () => {
  it('reads LA in Touch, accommodation and activity, and excludes a row without a valid date of birth', () => {
    const parsed = parseWorkbook([{
      name: 'List 9',
      values: [
        ['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age', 'Allocated Team', 'Eligibility Category', 'LA in Touch', 'Type of Accommodation', 'Suitability of Accommodation', 'Activity Status'],
        [7961370, 'a) Male', 'r) OOTH', new Date('2002-08-07T00:00:00.000Z'), 18.6, 'Care Leavers Team', 'b) Former relevant child', 'a) Yes', 'Y: Other accommodation', 'a) Suitable', 'F1: Full time in higher education'],
        [10414520, 'a) Male', 'l) ABAN', '08/10/2001', 19.4, 'Care Leavers Team', 'b) Former relevant child', 'c) Died', '', '', ''],
        [13782635, 'b) Female', 'a) WBRI', '30/02/2002', 18.3, 'Care Leavers Team', 'b) Former relevant child', 'Refused', 'U', 'b) Unsuitable', 'G5'],
      ],
    }]);
    // 7 August 2002 = 11688 (2002-01-01) + 218 = 11906; 8 October 2001 = 11323 (2001-01-01) + 280 = 11603.
    expect(parsed.lists[9]).toEqual([
      { row: 2, childId: '7961370', dateOfBirth: 11906, district: null, postcode: null, team: 'Care Leavers Team', inTouch: 'YES', suitable: true, accommodationType: 'Y', activity: 'F1' },
      { row: 3, childId: '10414520', dateOfBirth: 11603, district: null, postcode: null, team: 'Care Leavers Team', inTouch: 'DIED', suitable: null, accommodationType: null, activity: null },
    ]);
    expect(parsed.problems).toEqual([{
      list: 9, sheet: 'List 9', row: 4, column: 'Date of Birth', columnIndex: 3, value: null,
      message: `Date of Birth is not a valid date: ${DATE_FORMS}; the row was left out`, severity: 'error', excluded: true,
    }]);
    expect(parsed.info[9]?.earliest).toEqual({});
    // The dates of birth are kept apart from info (child-level): 8 October 2001 … 7 August 2002.
    expect(parsed.birthRanges?.[9]).toEqual({ earliest: 11603, latest: 11906 });
    expect(parsed.info[9]?.columns).toEqual([
      'gender', 'ethnicity', 'age of child (years)', 'allocated team', 'la in touch', 'suitability of accommodation', 'type of accommodation', 'activity status', 'eligibility category',
    ]);
  });
});

import { parseWorkbook } from '../../../src/engine/parse';
import { findRepeatedRows, REPEAT_BLOCK_ROWS } from '../../../src/engine/parse/repeated-rows';
import type { CellValue, SourceSheet } from '../../../src/engine/types';

const HEADINGS = ['Child Unique ID', 'Date of Contact'];

/** n contacts of children C1…Cn, one a day from 1 April 2021 (DD/MM/YYYY text). */
function contacts(n: number, firstChild = 1, firstDay = 1): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const date = new Date(Date.UTC(2021, 3, firstDay + i));
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    return [`C${firstChild + i}`, `${dd}/${mm}/${date.getUTCFullYear()}`];
  });
}

function list1(rows: CellValue[][], name = 'List 1'): SourceSheet {
  return { name, values: [HEADINGS, ...rows] };
}

const repeatWarnings = (sheets: SourceSheet[]) => parseWorkbook(sheets).problems.filter((p) => p.message.includes('repeat earlier rows'));

describe('rows repeating earlier rows (an old extract under a shorter paste)', () => {
  it('warns once, naming the first and last repeated rows and how many, and keeps every row', () => {
    // This quarter: 100 rows (sheet rows 2–101); below them 60 of last quarter's rows, the first 60 again (rows 102–161).
    const rows = [...contacts(100), ...contacts(60)];
    const parsed = parseWorkbook([list1(rows)]);
    expect(parsed.lists[1]).toHaveLength(160);
    const warnings = parsed.problems.filter((p) => p.message.includes('repeat earlier rows'));
    expect(warnings).toEqual([
      {
        list: 1,
        sheet: 'List 1',
        row: 102,
        column: null,
        columnIndex: null,
        value: null,
        severity: 'warning',
        message:
          'List 1: Contacts on sheet "List 1": 60 rows between rows 102 and 161 repeat earlier rows of the list ' +
          '(the same Child Unique ID and Date of Contact), in blocks of 20 or more. That is how last quarter\'s rows left below a ' +
          'shorter paste, or a list pasted twice, look. They were kept and counted: if they are old rows, use Start a new quarter ' +
          '(or delete them) and build again',
      },
    ]);
    // No child-level value in the message.
    expect(warnings[0].message).not.toMatch(/C\d+|\d\d\/\d\d\/2021/);
  });

  it('does not warn for fewer than 20 consecutive repeats, however many repeats there are in all', () => {
    // 19 repeats, one new row, 19 repeats: 38 repeated rows but no block.
    const rows = [...contacts(100), ...contacts(19), ...contacts(1, 500), ...contacts(19, 30, 30)];
    expect(repeatWarnings([list1(rows)])).toEqual([]);
    // Exactly 20 is a block.
    expect(repeatWarnings([list1([...contacts(100), ...contacts(REPEAT_BLOCK_ROWS)])])).toHaveLength(1);
  });

  it('counts a repeat only for the same child on the same key date', () => {
    const sameDayOtherChildren = contacts(50).map(([, date], i) => [`D${i}`, date]);
    const sameChildOtherDays = contacts(50, 1, 200);
    expect(repeatWarnings([list1([...contacts(50), ...sameDayOtherChildren, ...sameChildOtherDays])])).toEqual([]);
  });

  it('adds the rows of every block (a list pasted three times)', () => {
    const rows = [...contacts(40), ...contacts(40), ...contacts(40)];
    expect(repeatWarnings([list1(rows)])[0].message).toContain('80 rows between rows 42 and 121');
  });

  it('findRepeatedRows: hash collisions never make distinct rows repeats', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ row: i + 2, childId: String(i % 2500), dateOfBirth: null, district: null, postcode: null, team: null, day: i < 2500 ? 1 : 2 }));
    expect(findRepeatedRows(rows, (r) => r.day)).toBeNull();
    const twice = [...rows.slice(0, 100), ...rows.slice(0, 100).map((r, i) => ({ ...r, row: 200 + i }))];
    expect(findRepeatedRows(twice, (r) => r.day)).toEqual({ firstRow: 200, lastRow: 299, count: 100 });
  });
});

describe('the heading row pasted again inside a list', () => {
  it('is left out with a located warning, not read as a child', () => {
    const rows = [...contacts(3), HEADINGS, ...contacts(3, 10)];
    const parsed = parseWorkbook([list1(rows)]);
    expect(parsed.lists[1]?.map((r) => r.childId)).toEqual(['C1', 'C2', 'C3', 'C10', 'C11', 'C12']);
    expect(parsed.info[1]?.rowsExcluded).toBe(1);
    expect(parsed.problems).toEqual([
      {
        list: 1, sheet: 'List 1', row: 5, column: 'Child Unique ID', columnIndex: 0, value: null, severity: 'warning', excluded: true,
        message: 'This row of sheet "List 1" repeats the headings (the list looks pasted twice, or pasted over an old copy): the row was left out',
      },
    ]);
  });
});

describe('a list older than the others (last quarter\'s extract left in place)', () => {
  it('warns for the list whose latest date is more than three months before the newest list\'s', () => {
    const referrals: SourceSheet = { name: 'Referrals', values: [['Child Unique ID', 'Date of Referral'], ['R1', '01/04/2021'], ['R2', '30/09/2021']] };
    const oldContacts = list1([['C1', '01/04/2021'], ['C2', '29/06/2021']], 'Contacts');
    const problems = parseWorkbook([oldContacts, referrals]).problems;
    expect(problems).toEqual([
      {
        list: 1, sheet: 'Contacts', row: null, column: null, columnIndex: null, value: null, severity: 'warning',
        message:
          'List 1: Contacts on sheet "Contacts": its latest date is 29/06/2021, more than a quarter before the latest date of the ' +
          'other lists (30/09/2021): is it last quarter\'s extract? Paste this quarter\'s list and build again',
      },
    ]);
    // Exactly three months before is fine.
    expect(parseWorkbook([list1([['C1', '30/06/2021']]), referrals]).problems).toEqual([]);
  });

  it('warns once for a list all from a later year than the others (and not that the others are stale)', () => {
    const referrals: SourceSheet = { name: 'List 3', values: [['Child Unique ID', 'Date of Referral'], ['R1', '30/09/2021']] };
    const later = list1([['C1', '01/04/2022'], ['C2', '30/09/2022']]);
    const problems = parseWorkbook([later, referrals]).problems;
    expect(problems.map((p) => [p.list, p.sheet, p.severity, p.message])).toEqual([
      [1, 'List 1', 'warning',
        'List 1: Contacts on sheet "List 1": every date is later than every date of the other lists (its earliest is 01/04/2022; ' +
        'theirs end on 30/09/2021): check the extract\'s date range, or the year it was run for'],
    ]);
  });
});

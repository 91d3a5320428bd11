import type { CellValue, SourceSheet } from '../../../src/engine/types';
import { resolveHeadings } from '../../../src/engine/parse/headings';

function sheet(name: string, values: CellValue[][], firstRow?: number, firstColumn?: number): SourceSheet {
  return { name, values, firstRow, firstColumn };
}

function keysAndIndexes(result: ReturnType<typeof resolveHeadings>): Record<string, [string, number]> {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  const out: Record<string, [string, number]> = {};
  for (const [key, column] of result.columns) out[key] = [column.heading, column.columnIndex];
  return out;
}

describe('resolveHeadings', () => {
  it('finds headings in row 1', () => {
    const result = resolveHeadings(sheet('List 1', [['Child Unique ID', 'Date of Contact', 'Contact Source'], ['1', '01/04/2021', '6']]), 1);
    expect(result.ok && result.headingRowIndex).toBe(0);
    expect(keysAndIndexes(result)).toEqual({
      'child unique id': ['Child Unique ID', 0],
      'date of contact': ['Date of Contact', 1],
      'contact source': ['Contact Source', 2],
    });
  });

  it('finds headings in row 2 under the template title row', () => {
    const title = 'List 3: Referral';
    const result = resolveHeadings(
      sheet('List_3', [
        [title, title, title],
        ['Child Unique ID', 'Date of referral', 'Referral NFA?'],
      ]),
      3,
    );
    expect(result.ok && result.headingRowIndex).toBe(1);
    expect(keysAndIndexes(result)).toEqual({
      'child unique id': ['Child Unique ID', 0],
      'date of referral': ['Date of referral', 1],
      'referral nfa': ['Referral NFA?', 2],
    });
  });

  it('accepts aliases for the ID, date of birth, age and postcode', () => {
    for (const idHeading of ['Child ID', 'ChildID', 'Child Unique Identifier', 'LAchildID', 'CHILD']) {
      const result = resolveHeadings(sheet('List 1', [[idHeading, 'DOB', 'Age', 'Home Postcode', 'Date of Contact']]), 1);
      expect(keysAndIndexes(result)).toEqual({
        'child unique id': [idHeading, 0],
        'date of birth': ['DOB', 1],
        'age of child (years)': ['Age', 2],
        postcode: ['Home Postcode', 3],
        'date of contact': ['Date of Contact', 4],
      });
    }
  });

  it('matches headings with trailing spaces, curly apostrophes and doubled brackets', () => {
    const result = resolveHeadings(
      sheet('List 8', [[
        'Child Unique ID ', 'Date Started to be Looked After', 'Date Ceased to be Looked After ', 'Child’s Legal Status',
        'Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N))', 'Age of Child (Years))',
      ]]),
      8,
    );
    expect(keysAndIndexes(result)).toEqual({
      'child unique id': ['Child Unique ID', 0],
      'date started to be looked after': ['Date Started to be Looked After', 1],
      'date ceased to be looked after': ['Date Ceased to be Looked After', 2],
      "child's legal status": ['Child’s Legal Status', 3],
      'age of child (years)': ['Age of Child (Years))', 5],
    });
  });

  it('reads the 2024 List 9 layout ("LA in Touch", "Age")', () => {
    const result = resolveHeadings(
      sheet('List 9', [[
        'Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age', 'Allocated Team', 'Eligibility Category', 'LA in Touch',
        'Type of Accommodation', 'Suitability of Accommodation', 'Activity Status',
      ]]),
      9,
    );
    expect(keysAndIndexes(result)).toEqual({
      'child unique id': ['Child Unique ID', 0],
      gender: ['Gender', 1],
      ethnicity: ['Ethnicity', 2],
      'date of birth': ['Date of Birth', 3],
      'age of child (years)': ['Age', 4],
      'allocated team': ['Allocated Team', 5],
      'eligibility category': ['Eligibility Category', 6],
      'la in touch': ['LA in Touch', 7],
      'type of accommodation': ['Type of Accommodation', 8],
      'suitability of accommodation': ['Suitability of Accommodation', 9],
      'activity status': ['Activity Status', 10],
    });
  });

  it('reports worksheet column indexes when the used range starts further right', () => {
    const result = resolveHeadings(sheet('List 1', [['Child Unique ID', 'Date of Contact']], 4, 2), 1);
    expect(keysAndIndexes(result)).toEqual({ 'child unique id': ['Child Unique ID', 2], 'date of contact': ['Date of Contact', 3] });
  });

  it('looks no further than the first 5 rows', () => {
    const values: CellValue[][] = [['Notes'], [], [], [], [], ['Child Unique ID', 'Date of Contact']];
    expect(resolveHeadings(sheet('List 1', values), 1).ok).toBe(false);
    expect(resolveHeadings(sheet('List 1', values.slice(1)), 1).ok).toBe(true);
  });

  it('names the sheet, the missing heading and the headings found', () => {
    const title = 'List 3: Referral';
    const result = resolveHeadings(
      sheet('Referrals', [[title, title, title], ['Child Unique ID', 'Date Referred', 'Referral Source'], ['1', '01/04/2021', '6']]),
      3,
    );
    expect(result).toEqual({
      ok: false,
      problems: [{
        list: 3,
        sheet: 'Referrals',
        row: null,
        column: null,
        columnIndex: null,
        value: null,
        message:
          'Sheet "Referrals" (List 3: Referrals) has no "Date of Referral" column in its first 5 rows, so the list was not read. ' +
          'Headings found: Child Unique ID, Date Referred, Referral Source',
        severity: 'error',
      }],
    });
  });

  it('names every missing heading', () => {
    const result = resolveHeadings(sheet('List 7', [['ID', 'Start']]), 7);
    expect(!result.ok && result.problems[0].message).toBe(
      'Sheet "List 7" (List 7: Child protection) has no "Child Unique ID" or "Child Protection Plan Start Date" columns in its first 5 rows, ' +
        'so the list was not read. Headings found: ID, Start',
    );
  });

  it('rejects a duplicated required heading', () => {
    const result = resolveHeadings(sheet('List 1', [['Child Unique ID', 'Date of Contact', 'Gender', 'Date of contact ']]), 1);
    expect(result).toEqual({
      ok: false,
      problems: [{
        list: 1,
        sheet: 'List 1',
        row: 1,
        column: 'Date of contact',
        columnIndex: 3,
        value: null,
        message: 'Sheet "List 1" (List 1: Contacts) has the column "Date of Contact" more than once (columns B, D), so the list was not read: keep one of them',
        severity: 'error',
      }],
    });
  });

  it('uses the first of a duplicated optional heading, with a warning', () => {
    const result = resolveHeadings(sheet('List 1', [['Child Unique ID', 'Date of Contact', 'District', 'District']]), 1);
    expect(result.ok).toBe(true);
    expect(result.ok && result.columns.get('district')?.columnIndex).toBe(2);
    expect(result.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Sheet "List 1" has the column "District" more than once (columns C, D): the first one was used'],
    ]);
  });
});

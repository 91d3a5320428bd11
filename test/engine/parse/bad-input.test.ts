/**
 * The bad-input catalogue (docs/bad-input.md): one test per row of its table, named by the row's
 * id, each asserting the located message the analyst sees (list, sheet, row, column, value, what
 * was expected) and that nothing is lost that should not be.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildResults } from '../../../src/engine/build';
import { makePeriod } from '../../../src/engine/calendar/period';
import { dayFromYmd } from '../../../src/engine/dates';
import { checkAgainstPeriod, parseWorkbook } from '../../../src/engine/parse';
import { defaultSettings } from '../../../src/engine/settings/defaults';
import type { CellValue, Problem, SourceSheet } from '../../../src/engine/types';
import { readInput } from '../../../src/io/read-input';

const C = ['Child Unique ID', 'Date of Contact'];
const sheet = (name: string, values: CellValue[][], extra: Partial<SourceSheet> = {}): SourceSheet => ({ name, values, ...extra });
const parse = (...sheets: SourceSheet[]) => parseWorkbook(sheets);
const located = (p: Problem) => ({ list: p.list, sheet: p.sheet, row: p.row, column: p.column, value: p.value, severity: p.severity, excluded: p.excluded ?? false });

/** n contacts C1…Cn, one a day from 1 April 2021, as DD/MM/YYYY text. */
function contacts(n: number, firstChild = 1): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(2021, 3, 1 + i));
    return [`C${firstChild + i}`, `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`];
  });
}

const settings = { ...defaultSettings(), financialYear: 2021, quarter: 2 as const };
const options = { today: dayFromYmd(2021, 10, 15), version: 'test' };

describe('bad input, catalogued (docs/bad-input.md)', () => {
  test('B01 a list pasted twice: the heading row in the middle is left out, located', () => {
    const parsed = parse(sheet('List 1', [C, ...contacts(2), C, ...contacts(2, 5)]));
    expect(parsed.lists[1]).toHaveLength(4);
    expect(parsed.problems.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 4, column: 'Child Unique ID', value: null, severity: 'warning', excluded: true }]);
    expect(parsed.problems[0].message).toContain('repeats the headings (the list looks pasted twice');
  });

  test('B02 a list pasted twice: its rows again below it, warned once with the first and last rows', () => {
    const parsed = parse(sheet('List 1', [C, ...contacts(30), ...contacts(30)]));
    expect(parsed.lists[1]).toHaveLength(60);
    const [warning] = parsed.problems;
    expect(located(warning)).toEqual({ list: 1, sheet: 'List 1', row: 32, column: null, value: null, severity: 'warning', excluded: false });
    expect(warning.message).toContain('30 rows between rows 32 and 61 repeat earlier rows of the list (the same Child Unique ID and Date of Contact)');
  });

  test('B03 a shorter paste over last quarter\'s list leaves old rows below: warned, rows kept', () => {
    // This quarter 25 rows; last quarter's 60 rows below, of which the first 25 are the same events.
    const parsed = parse(sheet('Contacts', [C, ...contacts(25), ...contacts(60)]));
    expect(parsed.lists[1]).toHaveLength(85);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0].row).toBe(27);
    expect(parsed.problems[0].message).toContain('List 1: Contacts on sheet "Contacts": 25 rows between rows 27 and 51 repeat earlier rows of the list');
  });

  test('B04 headings pasted into row 3: found, and rows keep their worksheet numbers', () => {
    const parsed = parse(sheet('List 1', [['Contacts, Q2'], [], C, ['C1', '01/04/2021'], ['C2', '31/02/2021']]));
    expect(parsed.lists[1]?.map((r) => r.row)).toEqual([4]);
    expect(parsed.problems.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 5, column: 'Date of Contact', value: '31/02/2021', severity: 'error', excluded: true }]);
  });

  test('B05 headings below row 5: the list is not read, and the message says where it looked', () => {
    const parsed = parse(sheet('List 1', [[], [], [], [], [], C, ['C1', '01/04/2021']]));
    expect(parsed.lists[1]).toBeUndefined();
    expect(parsed.problems[0].message).toBe(
      'Sheet "List 1" (List 1: Contacts) has no "Child Unique ID" or "Date of Contact" columns in its first 5 rows, so the list was not read. Headings found: (none)',
    );
  });

  test('B06 a list pasted one column to the right: read, and problems name the real column', () => {
    const parsed = parse(sheet('List 1', [[null, ...C], [null, 'C1', 'not a date']]));
    expect(parsed.problems.map((p) => [p.row, p.column, p.columnIndex, p.value])).toEqual([[2, 'Date of Contact', 2, 'not a date']]);
  });

  test('B07 a column of dates formatted as text: read as dates, no problem', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '01/04/2021'], ['C2', '2021-04-02'], ['C3', '3 April 2021']]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.lists[1]?.map((r) => r.date)).toEqual([dayFromYmd(2021, 4, 1), dayFromYmd(2021, 4, 2), dayFromYmd(2021, 4, 3)]);
  });

  test('B08 dates as Excel serials in a text column: read as dates', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '44287'], ['C2', 44288]]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.lists[1]?.map((r) => r.date)).toEqual([dayFromYmd(2021, 4, 1), dayFromYmd(2021, 4, 2)]);
  });

  test('B09 two-digit years: read as 20YY', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '01/04/21']]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.lists[1]?.[0].date).toBe(dayFromYmd(2021, 4, 1));
  });

  test('B10 US-order dates in a whole column: one "looks month-first" warning, and each impossible date located', () => {
    const rows = [['C1', '04/13/2021'], ['C2', '04/02/2021'], ['C3', '05/20/2021'], ['C4', '06/30/2021']];
    const parsed = parse(sheet('List 1', [C, ...rows]));
    const column = parsed.problems.filter((p) => p.message.includes('month-first'));
    expect(column.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 2, column: 'Date of Contact', value: null, severity: 'warning', excluded: false }]);
    expect(column[0].message).toBe(
      'The column "Date of Contact" on sheet "List 1" looks month-first (US order): 3 of its dates, the first in row 2, are only valid as ' +
        'month/day/year, and none is only valid as day/month/year. Dates are read day-first (UK order), so those cells were reported: ' +
        'export the list again with DD/MM/YYYY dates',
    );
    // 04/02/2021 is read day-first, as the spec says: 4 February.
    expect(parsed.lists[1]?.map((r) => r.date)).toEqual([dayFromYmd(2021, 2, 4)]);
    expect(parsed.problems.filter((p) => p.excluded).map((p) => [p.row, p.value])).toEqual([[2, '04/13/2021'], [4, '05/20/2021'], [5, '06/30/2021']]);
  });

  test('B11 a few month-first slips in a day-first column: each located, no column warning', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '04/13/2021'], ['C2', '05/20/2021'], ['C3', '06/30/2021'], ['C4', '25/06/2021']]));
    expect(parsed.problems.filter((p) => p.message.includes('month-first'))).toEqual([]);
    expect(parsed.problems).toHaveLength(3);
  });

  test('B12 IDs with leading zeros in one list and not in another: warned that one child may be counted twice', () => {
    const parsed = parse(
      sheet('List 1', [C, ['00123', '01/04/2021'], ['00124', '02/04/2021']]),
      sheet('List 3', [['Child Unique ID', 'Date of Referral'], ['123', '01/04/2021']]),
    );
    const [warning] = parsed.problems;
    expect(located(warning)).toEqual({ list: 1, sheet: 'List 1', row: 2, column: 'Child Unique ID', value: null, severity: 'warning', excluded: false });
    expect(warning.message).toBe(
      'Child Unique IDs on sheet "List 1" have leading zeros (the first in row 2) where the same IDs on sheet "List 3" have none: IDs are ' +
        'compared as text, so the same child may be counted as two children. Export the IDs the same way in every list',
    );
    expect(warning.message).not.toContain('123');
    // Kept as text, as the spec says: the figures are not guessed at.
    expect(parsed.lists[1]?.map((r) => r.childId)).toEqual(['00123', '00124']);
  });

  test('B13 an entire list of one date: the extract filter went wrong', () => {
    const rows = Array.from({ length: 12 }, (_, i) => [`C${i}`, '01/04/2021']);
    const parsed = parse(sheet('List 1', [C, ...rows]));
    expect(parsed.problems.map((p) => [p.list, p.sheet, p.row, p.severity, p.message])).toEqual([
      [1, 'List 1', null, 'warning', 'List 1: Contacts on sheet "List 1": every one of its 12 rows has the Date of Contact 01/04/2021: the extract\'s date filter may have gone wrong; check the list before relying on its figures'],
    ]);
  });

  test('B14 a list whose rows are all from a later year than the others', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '01/04/2022'], ['C2', '30/09/2022']]), sheet('List 3', [['Child Unique ID', 'Date of Referral'], ['R1', '01/04/2020'], ['R2', '30/09/2021']]));
    expect(parsed.problems.map((p) => [p.list, p.sheet, p.message])).toEqual([
      [1, 'List 1', 'List 1: Contacts on sheet "List 1": every date is later than every date of the other lists (its earliest is 01/04/2022; theirs end on 30/09/2021): check the extract\'s date range, or the year it was run for'],
    ]);
  });

  test('B15 last quarter\'s list left in place (latest date more than a quarter older than the others)', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '01/04/2020'], ['C2', '30/09/2021']]), sheet('CLA', [['Child Unique ID', 'Date Started to be Looked After'], ['K1', '01/04/2020'], ['K2', '29/06/2021']]));
    expect(parsed.problems.map((p) => [p.list, p.sheet])).toEqual([[8, 'CLA']]);
    expect(parsed.problems[0].message).toContain('List 8: Children in care on sheet "CLA": its latest date is 29/06/2021, more than a quarter before the latest date of the other lists (30/09/2021)');
  });

  test('B16 a merged title over the headings (the value in the first cell only): headings found in row 2', () => {
    const parsed = parse(sheet('List_1', [['List 1: Contacts', null], C, ['C1', '01/04/2021']]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.lists[1]?.[0].row).toBe(3);
  });

  test('B17 merged heading cells (a heading merged across two columns): read, the empty half ignored', () => {
    const parsed = parse(sheet('List 1', [['Child Unique ID', 'Date of Contact', null, 'Contact Source'], ['C1', '01/04/2021', null, 'x']]));
    expect(parsed.problems.map((p) => [p.row, p.column, p.value])).toEqual([[2, 'Contact Source', 'x']]);
  });

  test('B18 a filter or hidden rows left on a list: every row is read, with a warning', () => {
    const parsed = parse(sheet('List 1', [C, ...contacts(3)], { hiddenRows: true }));
    expect(parsed.lists[1]).toHaveLength(3);
    expect(parsed.problems.map((p) => [p.list, p.sheet, p.row, p.severity, p.message])).toEqual([
      [1, 'List 1', null, 'warning', 'Sheet "List 1" (List 1: Contacts) has hidden rows (a filter, or rows hidden by hand): they were read and counted like the others. Clear the filter or unhide them to see every row the figures include'],
    ]);
  });

  test('B19 a formula left in a cell (pasted as text): located, and told to paste values', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '=A2+1']]));
    expect(parsed.problems.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 2, column: 'Date of Contact', value: '=A2+1', severity: 'error', excluded: true }]);
    expect(parsed.problems[0].message).toBe('Date of Contact holds a formula as text rather than its value: paste the list as values (Paste Special > Values); the row was left out');
  });

  test.each([['B20', '#N/A'], ['B21', '#REF!'], ['B22', '#VALUE!']])('%s a cell holding %s: read as blank, with a warning', (_id, error) => {
    const parsed = parse(sheet('List 1', [[...C, 'Contact Source'], ['C1', '01/04/2021', error]]));
    expect(parsed.lists[1]?.[0].source).toBeNull();
    expect(parsed.problems.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 2, column: 'Contact Source', value: error, severity: 'warning', excluded: false }]);
    expect(parsed.problems[0].message).toBe(`Contact Source holds the Excel error ${error}: read as blank`);
  });

  test('B23 an Excel error in the ID column: the row is left out, the error named, no value echoed', () => {
    const parsed = parse(sheet('List 1', [C, ['#N/A', '01/04/2021']]));
    expect(parsed.problems.map((p) => [p.row, p.column, p.value, p.severity, p.message])).toEqual([
      [2, 'Child Unique ID', null, 'warning', 'Child Unique ID holds the Excel error #N/A: read as blank'],
      [2, 'Child Unique ID', null, 'error', 'Child Unique ID is blank: the row was left out'],
    ]);
  });

  test('B24 text longer than 32,767 characters: the message shows its start and its length', () => {
    const long = 'x'.repeat(40_000);
    const parsed = parse(sheet('List 1', [[...C, 'Contact Source'], ['C1', '01/04/2021', long]]));
    const [problem] = parsed.problems;
    expect(located(problem)).toEqual({ list: 1, sheet: 'List 1', row: 2, column: 'Contact Source', value: `${'x'.repeat(40)}… (40,000 characters)`, severity: 'warning', excluded: false });
    expect(problem.message.length).toBeLessThan(400);
  });

  test('B25 a 1,048,576-row sheet with one stray cell at the bottom: the stray row is located, the list read', () => {
    const values: CellValue[][] = [C, ['C1', '01/04/2021']];
    values.length = 1_048_576;
    values.fill([], 2);
    values[1_048_575] = [null, null, 'stray'];
    const parsed = parse(sheet('List 1', values));
    expect(parsed.lists[1]).toHaveLength(1);
    expect(parsed.problems.map((p) => [p.row, p.column, p.severity, p.message])).toEqual([
      [1_048_576, 'Child Unique ID', 'error', 'Child Unique ID is blank: the row was left out'],
      [1_048_576, 'Date of Contact', 'error', 'Date of Contact is blank: the row was left out'],
    ]);
  });

  test('B26 an empty workbook: the build stops with what to do', () => {
    expect(() => buildResults([], settings, options)).toThrow(
      'No Annex A list could be read from the workbook (sheets found: none). Name the sheets "List 1", "List 3", … "List 9" (or Contacts, Referrals, …) with the Annex A headings.',
    );
  });

  test('B27 a workbook with only Report Settings: the build stops, naming the sheet it found', () => {
    expect(() => buildResults([sheet('Report Settings', [['Setting', 'Value']])], settings, options)).toThrow('(sheets found: "Report Settings")');
  });

  test('B28 a required heading missing: the list is rejected, naming the heading and the headings found', () => {
    const parsed = parse(sheet('List 3', [['Child Unique ID', 'Referral Source'], ['R1', '6']]));
    expect(parsed.problems.map((p) => [p.list, p.sheet, p.row, p.severity, p.message])).toEqual([
      [3, 'List 3', null, 'error', 'Sheet "List 3" (List 3: Referrals) has no "Date of Referral" column in its first 5 rows, so the list was not read. Headings found: Child Unique ID, Referral Source'],
    ]);
  });

  test('B29 a required heading twice: the list is rejected, naming both columns', () => {
    const parsed = parse(sheet('List 1', [['Child Unique ID', 'Date of Contact', 'DateOfContact'], ['C1', '01/04/2021', '02/04/2021']]));
    expect(parsed.problems.map((p) => [p.row, p.severity, p.message])).toEqual([
      [1, 'error', 'Sheet "List 1" (List 1: Contacts) has the column "Date of Contact" more than once (columns B, C), so the list was not read: keep one of them'],
    ]);
  });

  test('B30 an optional heading twice: the first is used, with a warning', () => {
    const parsed = parse(sheet('List 1', [[...C, 'Gender', 'GENDER'], ['C1', '01/04/2021', 'a) Male', 'b) Female']]));
    expect(parsed.problems.map((p) => [p.row, p.severity, p.message])).toEqual([[1, 'warning', 'Sheet "List 1" has the column "Gender" more than once (columns C, D): the first one was used']]);
  });

  test('B31 two sheets for one list: the first is read, the second named and ignored', () => {
    const parsed = parse(sheet('List 1', [C, ...contacts(1)]), sheet('Contacts', [C, ...contacts(1)]));
    expect(parsed.problems.map((p) => [p.sheet, p.message])).toEqual([['Contacts', 'Sheet "Contacts" also looks like List 1: Contacts, which was already read from sheet "List 1": it was ignored']]);
  });

  test('B32 headings but no rows: read as an empty list, with a warning', () => {
    const parsed = parse(sheet('List 1', [C]));
    expect(parsed.problems.map((p) => [p.row, p.message])).toEqual([[1, 'Sheet "List 1" (List 1: Contacts) has headings but no data rows: the list is read as empty']]);
  });

  test('B33 a blank Child Unique ID: the row is left out, located', () => {
    const parsed = parse(sheet('List 1', [C, [null, '01/04/2021']]));
    expect(parsed.problems.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 2, column: 'Child Unique ID', value: null, severity: 'error', excluded: true }]);
  });

  test('B34 a blank required date: the row is left out, located', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '   ']]));
    expect(parsed.problems.map((p) => [p.row, p.column, p.message])).toEqual([[2, 'Date of Contact', 'Date of Contact is blank: the row was left out']]);
  });

  test('B35 an impossible date (31/02/2021): the row is left out, the value and the forms expected named', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '31/02/2021']]));
    expect(parsed.problems.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 2, column: 'Date of Contact', value: '31/02/2021', severity: 'error', excluded: true }]);
    expect(parsed.problems[0].message).toBe('Date of Contact "31/02/2021" is not a valid date: expected DD/MM/YYYY, YYYY-MM-DD or an Excel date; the row was left out');
  });

  test('B36 a bad optional date: read as blank, the row kept', () => {
    const parsed = parse(sheet('List 6', [['Child Unique ID', 'CIN Start Date', 'CIN Closure Date'], ['N1', '01/04/2021', 'soon']]));
    expect(parsed.lists[6]).toHaveLength(1);
    expect(parsed.problems.map(located)).toEqual([{ list: 6, sheet: 'List 6', row: 2, column: 'CIN Closure Date', value: 'soon', severity: 'warning', excluded: false }]);
  });

  test('B37 an unknown code: read as blank, naming what the table holds', () => {
    const parsed = parse(sheet('List 1', [[...C, 'Contact Source'], ['C1', '01/04/2021', 'Neighbour']]));
    expect(parsed.problems[0].message).toBe('Contact Source "Neighbour" is not a recognised code: expected a source code 1A-1D, 2A, 2B, 3A-3F, 4, 5A-5D, 6, 7, 8, 9 or 10 (or its description); read as blank');
  });

  test('B38 not Yes or No: read as blank, naming the answers accepted', () => {
    const parsed = parse(sheet('List 3', [['Child Unique ID', 'Date of Referral', 'Referral NFA?'], ['R1', '01/04/2021', 'maybe']]));
    expect(parsed.problems.map((p) => [p.row, p.column, p.value])).toEqual([[2, 'Referral NFA?', 'maybe']]);
    expect(parsed.problems[0].message).toContain('is not Yes or No: expected a) Yes, Yes, Y, 1, TRUE, b) No, No, N, 0 or FALSE');
  });

  test('B39 a count that is not a whole number: located, read as 0', () => {
    const parsed = parse(sheet('List 7', [['Child Unique ID', 'Child Protection Plan Start Date', 'Number of Previous Child Protection Plans'], ['P1', '01/04/2021', 'two']]));
    expect(parsed.lists[7]?.[0].previousPlans).toBe(0);
    expect(parsed.problems.map((p) => [p.row, p.value, p.message])).toEqual([[2, 'two', 'Number of Previous Child Protection Plans "two" is not a whole number: expected 0, 1, 2, ...; read as 0']]);
  });

  test('B40 a malformed postcode: located, the value never echoed', () => {
    const parsed = parse(sheet('List 1', [[...C, 'Postcode'], ['C1', '01/04/2021', 'WR99 ZZZZ']]));
    expect(parsed.problems.map(located)).toEqual([{ list: 1, sheet: 'List 1', row: 2, column: 'Postcode', value: null, severity: 'warning', excluded: false }]);
    expect(parsed.problems[0].message).not.toContain('WR99');
  });

  test('B41 an end date before its start: the row is left out, both dates named', () => {
    const parsed = parse(sheet('List 8', [['Child Unique ID', 'Date Started to be Looked After', 'Date Ceased to be Looked After'], ['K1', '10/05/2021', '01/05/2021']]));
    expect(parsed.problems.map((p) => [p.row, p.column, p.excluded, p.message])).toEqual([
      [2, 'Date Ceased to be Looked After', true, 'Date Ceased to be Looked After (01/05/2021) is before Date Started to be Looked After (10/05/2021): the row was left out'],
    ]);
  });

  test('B42 a date years in the future (a typo): warned against the period end', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '01/04/2031']]));
    // (Cell problems: this one-row list also starts too late for the look-back, B44.)
    const problems = checkAgainstPeriod(parsed, makePeriod(2021, 2)).filter((p) => p.row !== null);
    expect(problems.map((p) => [p.row, p.column, p.message])).toEqual([[2, 'Date of Contact', 'Date of Contact "01/04/2031" is more than a year after the period end (30/09/2021): check the date']]);
  });

  test('B43 a date of birth that makes the child over 25: warned, no value echoed', () => {
    const parsed = parse(sheet('List 1', [[...C, 'Date of Birth'], ['C1', '01/04/2021', '01/01/1990']]));
    const problems = checkAgainstPeriod(parsed, makePeriod(2021, 2)).filter((p) => p.row !== null);
    expect(problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([[2, 'Date of Birth', null, 'Date of Birth makes the child over 25 on the period end (30/09/2021); check the date']]);
  });

  test('B44 an extract that starts too late for the look-back: warned, naming the dates', () => {
    const parsed = parse(sheet('List 3', [['Child Unique ID', 'Date of Referral'], ['R1', '01/06/2021']]));
    const problems = checkAgainstPeriod(parsed, makePeriod(2021, 2));
    expect(problems.map((p) => p.message)).toEqual([
      'List 3: Referrals on sheet "List 3": the earliest Date of Referral is 01/06/2021, later than 01/04/2020 (12 months before the financial year start), so re-referral and repeat-plan figures may be understated',
    ]);
  });

  test('B45 a legacy .xls workbook: told to save it as .xlsx', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'csc-bad-')), 'lists.xls');
    writeFileSync(path, 'x');
    await expect(readInput(path)).rejects.toThrow('it is an Excel 97-2003 workbook (.xls), which this tool does not read. Open it in Excel and use File > Save As > Excel Workbook (*.xlsx)');
  });

  test('B46 a sheet named "List 10" (adoptions) is never List 1; SSD-style "Ofsted List 1 - Contacts 2021" is', () => {
    const parsed = parse(sheet('Ofsted List 10 - Adoption 2021', [C, ...contacts(1)]), sheet('Ofsted List 1 - Contacts 2021', [C, ...contacts(2)]));
    expect(parsed.info[1]?.sheet).toBe('Ofsted List 1 - Contacts 2021');
    expect(parsed.ignoredSheets).toEqual(['Ofsted List 10 - Adoption 2021']);
    expect(parsed.problems).toEqual([]);
  });

  test('B47 headings in another naming style (ChildUniqueID, DATE_OF_CONTACT): read, no problem', () => {
    const parsed = parse(sheet('List 1', [['ChildUniqueID', 'DATE_OF_CONTACT'], ['C1', '01/04/2021']]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.lists[1]).toHaveLength(1);
  });

  test('B48 blank rows and cells of spaces between rows: skipped silently', () => {
    const parsed = parse(sheet('List 1', [C, ['C1', '01/04/2021'], [], ['  ', '\u00A0'], ['C2', '02/04/2021']]));
    expect(parsed.problems).toEqual([]);
    expect(parsed.info[1]?.rowsRead).toBe(2);
  });

  test('B49 an unknown placement type in words: kept (upper case) with a warning', () => {
    const parsed = parse(sheet('List 8', [['Child Unique ID', 'Date Started to be Looked After', 'Placement Type'], ['K1', '01/04/2021', 'with nan']]));
    expect(parsed.lists[8]?.[0].placementType).toBe('WITH NAN');
    expect(parsed.problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([[2, 'Placement Type', 'with nan', 'Placement Type "with nan" is not a recognised code: kept as "WITH NAN"']]);
  });
});

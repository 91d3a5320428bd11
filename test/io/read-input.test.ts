import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/io/read-input';
import type { SourceSheet } from '../../src/engine/types';

const DATA = join(__dirname, '../../data/public');

function sheet(sheets: SourceSheet[], name: string): SourceSheet {
  const found = sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('readInput: the official Annex A template (2019)', () => {
  let sheets: SourceSheet[];
  beforeAll(async () => {
    sheets = await readInput(join(DATA, 'annex-a-template-2019.xlsx'));
  });

  it('lists every worksheet in tab order', () => {
    expect(sheets.map((s) => s.name)).toEqual([
      'Front_Sheet', 'FAQ_and_changes', 'Guidance', 'Codes_used',
      'List_1', 'List_2', 'List_3', 'List_4', 'List_5', 'List_6', 'List_7', 'List_8', 'List_9', 'List_10', 'List_11',
    ]);
  });

  it('keeps the title row and the heading row of a list', () => {
    const list1 = sheet(sheets, 'List_1');
    expect(list1.values).toHaveLength(2);
    expect(list1.values[0][0]).toBe('List 1: Contacts');
    expect(list1.values[1]).toEqual(['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age of Child (Years)', 'Date of Contact', 'Contact Source']);
  });

  it('reads a date-formatted cell as a Date', () => {
    expect(sheet(sheets, 'FAQ_and_changes').values[1][1]).toEqual(new Date(Date.UTC(2019, 7, 1)));
  });
});

describe('readInput: the LIIA 2024 sample', () => {
  let sheets: SourceSheet[];
  beforeAll(async () => {
    sheets = await readInput(join(DATA, 'liia-annex-a-2024-sample.xlsx'));
  });

  it('lists sheets "List 1" … "List 11"', () => {
    expect(sheets.map((s) => s.name)).toEqual(Array.from({ length: 11 }, (_, i) => `List ${i + 1}`));
  });

  it('keeps headings in row 1, numbers as numbers and dates as Dates', () => {
    const list1 = sheet(sheets, 'List 1');
    expect(list1.values[0]).toEqual(['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Age', 'Date of Contact', 'Contact Source']);
    expect(list1.values[1][0]).toBe(9212044);
    expect(list1.values[1][5]).toEqual(new Date(Date.UTC(2020, 8, 16)));
  });

  it("reads List 6 'Allocated Team' error cells as the text '#N/A'", () => {
    const list6 = sheet(sheets, 'List 6');
    const team = list6.values[0].indexOf('Allocated Team');
    expect(team).toBe(12);
    expect(list6.values[1][team]).toBe('#N/A');
    expect(list6.values).toHaveLength(6);
  });

  it("reads List 8's placement postcode 'nope' as given", () => {
    const list8 = sheet(sheets, 'List 8');
    const postcode = list8.values[0].indexOf('Placement postcode');
    expect(list8.values[2][postcode]).toBe('nope');
  });
});

describe('readInput: a folder of CSV files', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'csc-csv-'));
    writeFileSync(join(folder, 'List_3.csv'), '\uFEFFChild Unique ID,Date of Referral,Referral Source\r\n00123,03/04/2021,"q) 6: Police"\r\n456,,"Other, see ""notes"""\r\n');
    writeFileSync(join(folder, 'contacts.csv'), 'Child Unique ID,Date of Contact\n7,2021-04-01\n');
    writeFileSync(join(folder, 'notes.txt'), 'not a list');
  });

  it('reads each .csv as a sheet named after the file, in name order, other files ignored', async () => {
    const sheets = await readInput(folder);
    expect(sheets.map((s) => s.name)).toEqual(['contacts', 'List_3']);
  });

  it('keeps every cell as text (IDs keep leading zeros), empty cells as null', async () => {
    const referrals = sheet(await readInput(folder), 'List_3');
    expect(referrals.values).toEqual([
      ['Child Unique ID', 'Date of Referral', 'Referral Source'],
      ['00123', '03/04/2021', 'q) 6: Police'],
      ['456', null, 'Other, see "notes"'],
    ]);
  });
});

describe('readInput: errors', () => {
  it('names a missing input', async () => {
    await expect(readInput('/no/such/file.xlsx')).rejects.toThrow('input not found: /no/such/file.xlsx');
  });

  it('refuses a file that is not a workbook', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'csc-bad-'));
    const path = join(folder, 'lists.txt');
    writeFileSync(path, 'x');
    await expect(readInput(path)).rejects.toThrow('expected an .xlsx workbook or a folder of .csv files');
  });

  it('tells the analyst to save a legacy .xls workbook as .xlsx', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'csc-xls-'));
    const path = join(folder, 'Annex A.xls');
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await expect(readInput(path)).rejects.toThrow(
      `cannot read ${path}: it is an Excel 97-2003 workbook (.xls), which this tool does not read. ` +
        'Open it in Excel and use File > Save As > Excel Workbook (*.xlsx), then build from the .xlsx file',
    );
  });

  it('recognises an Excel 97-2003 workbook that was renamed .xlsx by its content', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'csc-xls-'));
    const path = join(folder, 'renamed.xlsx');
    writeFileSync(path, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await expect(readInput(path)).rejects.toThrow('Save As > Excel Workbook (*.xlsx)');
  });

  it('refuses an empty folder', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'csc-empty-'));
    await expect(readInput(folder)).rejects.toThrow('no .csv files');
  });
});

import { installFakeExcel } from '../fakes/fake-excel';
import { planNewQuarter, startNewQuarter } from '../../src/office/new-quarter';
import { surveyLists } from '../../src/office/survey-lists';
import { readSourceSheets } from '../../src/office/read-sources';
import { GENERATED_MARKER } from '../../src/report/model';
import type { FakeSheet } from '../fakes/fake-state';

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

const TITLE = 'List 1: Contacts';
function workbook() {
  return installFakeExcel(globalThis, [
    // Template layout: title in row 1, headings in row 2, 3 rows of data.
    { name: 'List 1', values: [[TITLE, null], ['Child Unique ID', 'Date of Contact'], ['A1', '01/04/2020'], ['A2', '02/07/2021'], ['A3', '30/09/2021']] },
    { name: 'CLA', values: [['Child Unique ID', 'Date Started to be Looked After'], ['B1', '01/01/2021'], ['B2', '29/06/2021']] },
    { name: 'Report Settings', values: [['Setting', 'Value'], ['Local authority name', 'Worcestershire']] },
    { name: 'My notes', values: [['Commentary for Q2'], ['Contacts rose in August']] },
    { name: 'Performance Report', values: [['old report']], names: [{ name: GENERATED_MARKER, formula: '="x"', comment: '' }] },
  ]);
}

function cellsOf(sheet: FakeSheet | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(sheet?.cells ?? {}).map(([key, cell]) => [key, cell.value]));
}

describe('Start a new quarter', () => {
  it('plans the recognised lists only, with their heading rows and row counts', async () => {
    workbook();
    expect(await planNewQuarter()).toEqual({
      entries: [
        { list: 1, name: 'Contacts', sheet: 'List 1', headingRow: 2, rows: 3 },
        { list: 8, name: 'Children in care', sheet: 'CLA', headingRow: 1, rows: 2 },
      ],
    });
  });

  it('clears the data rows, keeping titles, headings, settings, analyst sheets and the report', async () => {
    const fake = workbook();
    const before = new Map(fake.state.sheets.map((s) => [s.name, cellsOf(s)]));
    const result = await startNewQuarter(await planNewQuarter());
    expect(result).toEqual({ cleared: [{ sheet: 'List 1', rows: 3 }, { sheet: 'CLA', rows: 2 }] });
    const sheet = (name: string) => fake.state.sheets.find((s) => s.name === name);
    expect(cellsOf(sheet('List 1'))).toEqual({ '0,0': TITLE, '1,0': 'Child Unique ID', '1,1': 'Date of Contact' });
    expect(cellsOf(sheet('CLA'))).toEqual({ '0,0': 'Child Unique ID', '0,1': 'Date Started to be Looked After' });
    for (const kept of ['Report Settings', 'My notes', 'Performance Report']) expect(cellsOf(sheet(kept))).toEqual(before.get(kept));
    // The lists now read as empty, headings intact.
    expect(await planNewQuarter()).toEqual({ entries: [] });
  });

  it('clears rows pasted after the plan too, and the whole width of a list pasted one column right', async () => {
    const fake = installFakeExcel(globalThis, [
      { name: 'Contacts', firstColumn: 1, values: [['Child Unique ID', 'Date of Contact'], ['A1', '01/07/2021']] },
    ]);
    const plan = await planNewQuarter();
    const contacts = fake.state.sheets[0];
    contacts.cells['5,2'] = { value: '30/09/2021', numberFormat: 'General', formula: false, format: {} };
    await startNewQuarter(plan);
    expect(cellsOf(contacts)).toEqual({ '0,1': 'Child Unique ID', '0,2': 'Date of Contact' });
  });
});

describe('surveyLists', () => {
  it('names each list, its sheet, rows and dates, and warns about the stale one', async () => {
    workbook();
    const survey = await surveyLists();
    expect(survey.lists.map((l) => [l.list, l.sheet, l.rows, l.earliest, l.latest])).toEqual([
      [1, 'List 1', 3, '2020-04-01', '2021-09-30'],
      [8, 'CLA', 2, '2021-01-01', '2021-06-29'],
    ]);
    expect(survey.lists[1].warnings).toEqual([
      'List 8: Children in care on sheet "CLA": its latest date is 29/06/2021, more than a quarter before the latest date of the other lists ' +
        '(30/09/2021): is it last quarter\'s extract? Paste this quarter\'s list and build again',
    ]);
    expect(survey.missing).toEqual([3, 4, 6, 7, 9]);
  });
});

describe('hidden rows (a filter left on a list)', () => {
  it('are read like the others, and the reader says the sheet has some', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'List 1', values: [['Child Unique ID', 'Date of Contact'], ['A1', '01/07/2021'], ['A2', '02/07/2021']] }]);
    fake.state.sheets[0].hiddenRows = [2];
    const sheets = await fake.run((context) => readSourceSheets(context));
    expect(sheets[0]).toMatchObject({ name: 'List 1', hiddenRows: true });
    expect(sheets[0].values).toHaveLength(3);
    const survey = await surveyLists();
    expect(survey.lists[0].rows).toBe(2);
    expect(survey.lists[0].warnings).toEqual([
      'Sheet "List 1" (List 1: Contacts) has hidden rows (a filter, or rows hidden by hand): they were read and counted like the others. ' +
        'Clear the filter or unhide them to see every row the figures include',
    ]);
  });

  it('no hidden rows: no flag', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'List 1', values: [['Child Unique ID', 'Date of Contact'], ['A1', '01/07/2021']] }]);
    const sheets = await fake.run((context) => readSourceSheets(context));
    expect(sheets[0].hiddenRows).toBeUndefined();
  });
});

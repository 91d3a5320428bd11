import { installFakeExcel } from '../fakes/fake-excel';
import { selectProblemCell } from '../../src/office/select-problem';
import { detectHost, OLD_HOST_MESSAGE } from '../../src/office/detect-host';
import { createBlankSourceSheets } from '../../src/office/blank-sheets';
import { openSettings } from '../../src/office/settings';
import { REQUIRED_EXCEL_API } from '../../src/office/requirements';
import { ADDIN_VERSION } from '../../src/office/version';
import type { Problem } from '../../src/engine/types';

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe('selectProblemCell', () => {
  it('activates the sheet and selects row 17, column D', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'Notes' }, { name: 'List 3', values: [['x']] }]);
    const problem: Problem = { list: 3, sheet: 'List 3', row: 17, column: 'Date of Referral', columnIndex: 3, value: '31/02/2021', message: 'not a date', severity: 'error', excluded: true };
    await expect(selectProblemCell(problem)).resolves.toBe(true);
    expect(fake.state.selection).toEqual({ sheetId: fake.sheet('List 3')!.id, address: 'D17' });
    expect(fake.state.activeSheetId).toBe(fake.sheet('List 3')!.id);
  });

  it('does nothing for a problem without a sheet or row', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'List 3' }]);
    await expect(selectProblemCell({ list: null, sheet: null, row: null, column: null, value: null, message: 'x', severity: 'warning' })).resolves.toBe(false);
    expect(fake.syncCount).toBe(0);
  });
});

describe('detectHost', () => {
  it('accepts ExcelApi 1.8 and refuses 1.7 with the update message', () => {
    expect(REQUIRED_EXCEL_API).toBe('1.8');
    installFakeExcel(globalThis, [], { excelApiVersion: '1.8' });
    expect(detectHost()).toEqual({ ok: true });
    installFakeExcel(globalThis, [], { excelApiVersion: '1.7' });
    expect(detectHost()).toEqual({ ok: false, message: OLD_HOST_MESSAGE });
  });

  it('says to open it from Excel when Office is absent', () => {
    expect(detectHost()).toEqual({ ok: false, message: 'Open this add-in from Excel: Home → Build report.' });
  });
});

describe('createBlankSourceSheets', () => {
  it('creates the missing lists with title, headings and Postcode, skipping an existing List_3', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'List_3', values: [['mine']] }]);
    const result = await createBlankSourceSheets();
    expect(result).toEqual({ created: ['List_1', 'List_4', 'List_6', 'List_7', 'List_8', 'List_9'], skipped: ['List_3'] });
    expect(fake.cell('List_3', 0, 0)).toBe('mine');
    expect(fake.cell('List_1', 0, 0)).toBe('List 1: Contacts');
    expect(fake.cell('List_1', 1, 0)).toBe('Child Unique ID');
    expect(fake.cell('List_1', 1, 5)).toBe('Date of Contact');
    // List 1 has 7 official headings; Postcode is the 8th column (H).
    expect(fake.cell('List_1', 1, 7)).toBe('Postcode');
    expect(fake.sheet('List_1')!.frozenRows).toBe(2);
  });
});

describe('openSettings', () => {
  it('creates Report Settings once, never overwrites it, and activates it', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'List_1' }]);
    await expect(openSettings()).resolves.toEqual({ created: true, createdSheets: ['Report Settings', 'Postcode Lookup'] });
    expect(fake.cell('Report Settings', 0, 0)).toBe('Report Settings');
    expect(fake.state.activeSheetId).toBe(fake.sheet('Report Settings')!.id);
    fake.sheet('Report Settings')!.cells['4,1'] = { value: 'Herefordshire', numberFormat: '@', formula: false, format: {} };
    await expect(openSettings()).resolves.toEqual({ created: false, createdSheets: [] });
    expect(fake.cell('Report Settings', 4, 1)).toBe('Herefordshire');
  });
  it('creates Postcode Lookup with the 17,052 default postcodes, once, and leaves an edited one alone', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'List_1' }]);
    await openSettings();
    const lookup = fake.sheet('Postcode Lookup')!;
    const postcodeCells = Object.entries(lookup.cells).filter(([key, cell]) => key.endsWith(',0') && /^[A-Z]{1,2}\d/.test(String(cell.value)));
    expect(postcodeCells).toHaveLength(17052);
    lookup.cells['1,1'] = { value: 'Herefordshire', numberFormat: 'General', formula: false, format: {} };
    await expect(openSettings()).resolves.toEqual({ created: false, createdSheets: [] });
    expect(fake.cell('Postcode Lookup', 1, 1)).toBe('Herefordshire');
  });
});

describe('ADDIN_VERSION', () => {
  it('equals package.json version', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(ADDIN_VERSION).toBe((require('../../package.json') as { version: string }).version);
  });
});

import { installFakeExcel } from '../fakes/fake-excel';
import { openSettings } from '../../src/office/settings';
import { readConfiguredAuthority } from '../../src/office/configured-authority';

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe('readConfiguredAuthority', () => {
  it('is null when the workbook has no Report Settings sheet', async () => {
    installFakeExcel(globalThis, [{ name: 'List_1' }]);
    await expect(readConfiguredAuthority()).resolves.toBeNull();
  });
  it('reads the authority the analyst typed into Report Settings (row 5, column B)', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'List_1' }]);
    await openSettings();
    await expect(readConfiguredAuthority()).resolves.toBe('Worcestershire');
    fake.sheet('Report Settings')!.cells['4,1'] = { value: 'Herefordshire', numberFormat: 'General', formula: false, format: {} };
    await expect(readConfiguredAuthority()).resolves.toBe('Herefordshire');
  });
});

import { FakeExcel, installFakeExcel } from './fake-excel';

describe('fake Excel', () => {
  it('keeps a queued write invisible until the sync that flushes it', async () => {
    const fake = new FakeExcel([{ name: 'Data', values: [[1, 2]] }]);
    const context = fake.createContext() as unknown as Excel.RequestContext;
    const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
    range.values = [[7, null]];
    expect(fake.cell('Data', 0, 0)).toBe(1);
    await context.sync();
    expect(fake.cell('Data', 0, 0)).toBe(7);
    expect(fake.cell('Data', 0, 1)).toBe(2); // null left it unchanged
    expect(fake.syncCount).toBe(1);
  });

  it('clears a cell written with "" and throws on reading an unloaded property', async () => {
    const fake = new FakeExcel([{ name: 'Data', values: [[1, 2]] }]);
    const context = fake.createContext() as unknown as Excel.RequestContext;
    const range = context.workbook.worksheets.getItem('Data').getRange('A1:B1');
    range.values = [['', 5]];
    expect(() => range.values).toThrow(/PropertyNotLoaded/);
    range.load('values, address');
    expect(() => range.address).toThrow(/PropertyNotLoaded/);
    await context.sync();
    expect(range.values).toEqual([['', 5]]);
    expect(range.address).toBe('Data!A1:B1');
  });

  it('turns text beginning with = into a formula unless the cell is formatted as text', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('A1').values = [['=1+1']];
      sheet.getRange('B1').numberFormat = [['@']];
      sheet.getRange('B1').values = [['=1+1']];
    });
    expect(fake.sheet('S')?.cells['0,0'].formula).toBe(true);
    expect(fake.sheet('S')?.cells['0,1'].formula).toBe(false);
  });

  it('fails the injected sync without applying its writes, and rejects requests over 5 MB', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    fake.injectFailure({ atSync: 1 });
    const context = fake.createContext() as unknown as Excel.RequestContext;
    context.workbook.worksheets.add('New');
    await expect(context.sync()).rejects.toThrow(/injected/);
    expect(fake.sheetNames()).toEqual(['S']);
    const big = 'x'.repeat(1000);
    context.workbook.worksheets.getItem('S').getRangeByIndexes(0, 0, 6000, 1).values = Array.from({ length: 6000 }, () => [big]);
    await expect(context.sync()).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it('resolves getItem at sync: a missing sheet fails the sync with ItemNotFound; getItemOrNullObject does not', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    const context = fake.createContext() as unknown as Excel.RequestContext;
    const maybe = context.workbook.worksheets.getItemOrNullObject('Nope');
    maybe.load('name');
    await context.sync();
    expect(maybe.isNullObject).toBe(true);
    context.workbook.worksheets.getItem('Nope').tabColor = '#FF0000';
    await expect(context.sync()).rejects.toThrow(/ItemNotFound/);
  });

  it('installs Excel and Office globals with a configurable requirement set', async () => {
    const globals: Record<string, unknown> = {};
    const fake = installFakeExcel(globals, [{ name: 'S' }], { excelApiVersion: '1.8' });
    const office = globals.Office as typeof Office;
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(true);
    expect(office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(false);
    await expect(office.onReady()).resolves.toMatchObject({ host: 'Excel' });
    const excel = globals.Excel as typeof Excel;
    await excel.run(async (context) => {
      context.workbook.worksheets.add('Added');
    });
    expect(fake.sheetNames()).toEqual(['S', 'Added']);
  });
});

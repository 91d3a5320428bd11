import { coerceInput, excelDateSerial } from './fake-coerce';
import { FakeExcel } from './fake-excel';

const YEAR = 2026;

describe('the fake parses strings in General cells like Excel (en-GB)', () => {
  it.each([
    ['Apr 2021', excelDateSerial(2021, 4, 1), 'mmm-yy'],
    ['April 2021', 44287, 'mmm-yy'],
    ['Apr-21', 44287, 'mmm-yy'],
    ['30/06/2021', 44377, 'dd/mm/yyyy'],
    ['30-06-2021', 44377, 'dd/mm/yyyy'],
    ['2021-06-30', 44377, 'dd/mm/yyyy'],
    ['30 Jun 2021', 44377, 'dd-mmm-yy'],
    ['1-5', excelDateSerial(YEAR, 5, 1), 'dd-mmm'],
    ['1/2', excelDateSerial(YEAR, 2, 1), 'dd-mmm'],
    ['12%', 0.12, '0%'],
    ['1 1/2', 1.5, '# ?/?'],
  ])('%s → %s (%s)', (text, value, format) => {
    expect(coerceInput(text, 'General', YEAR)).toEqual({ value, formula: false, numberFormat: format });
  });

  it('reads number-like text as the number: leading zeros go, thousands separators go', () => {
    expect(coerceInput('00123', 'General')).toEqual({ value: 123, formula: false });
    expect(coerceInput('1,234', 'General')).toEqual({ value: 1234, formula: false });
    expect(coerceInput('TRUE', 'General')).toEqual({ value: true, formula: false });
  });

  it('treats text starting =, +, - or @ as a formula, and keeps other text', () => {
    for (const text of ['=1+1', '+44 contacts', '-', '@risk']) expect(coerceInput(text, 'General').formula).toBe(true);
    expect(coerceInput('Bromsgrove', 'General')).toEqual({ value: 'Bromsgrove', formula: false });
    expect(coerceInput('31/02/2021', 'General')).toEqual({ value: '31/02/2021', formula: false }); // no such day
    expect(coerceInput('10-15', 'General')).toEqual({ value: '10-15', formula: false }); // no 15th month
  });

  it('keeps every string as it is in a cell formatted "@", whatever it looks like', () => {
    for (const text of ['Apr 2021', '30/06/2021', '1-5', '00123', '12%', '1/2', '=1+1']) {
      expect(coerceInput(text, '@')).toEqual({ value: text, formula: false });
    }
  });

  it('applies the rule at sync: General cells change, "@" cells keep the text, the format follows', async () => {
    const fake = new FakeExcel([{ name: 'S' }]);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      sheet.getRange('B1:B2').numberFormat = [['@'], ['@']];
      sheet.getRange('A1:B2').values = [
        ['Apr 2021', 'Apr 2021'],
        ['00123', '00123'],
      ];
    });
    expect(fake.sheet('S')?.cells['0,0']).toMatchObject({ value: 44287, numberFormat: 'mmm-yy' });
    expect(fake.sheet('S')?.cells['1,0']).toMatchObject({ value: 123, numberFormat: 'General' });
    expect(fake.sheet('S')?.cells['0,1']).toMatchObject({ value: 'Apr 2021', numberFormat: '@' });
    expect(fake.sheet('S')?.cells['1,1']).toMatchObject({ value: '00123', numberFormat: '@' });
  });
});

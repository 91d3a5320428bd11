/**
 * Text stays text and months are real dates in the open workbook: the fake parses strings in
 * General cells like Excel does (test/fakes/fake-coerce.ts), so a renderer that writes a label
 * without the text format first would see it turn into a date or a number here.
 */
import { writeReport } from '../../../src/render/office/write-report';
import type { ReportModel } from '../../../src/report/model';
import { cellTypingModel } from '../cell-typing-model';
import { FakeExcel } from '../../fakes/fake-excel';

const quiet = { features: { pageLayout: true, suspendScreenUpdating: true }, log: () => undefined };

/** Labels the report writes that Excel would not keep as typed in a General cell. */
const TRICKY = ['Apr 2021', '30/06/2021', '1-5', '00123', '12%', '1/2', '10-15'];

function typingModel(): ReportModel {
  return cellTypingModel(TRICKY, [['2021-04', 'Apr 2021'], ['2021-05', 'May 2021'], ['Bromsgrove', 'Bromsgrove']]);
}

describe('cell typing in the add-in (one rule with the .xlsx)', () => {
  it('keeps every text cell the same text (format "@" before the value), whatever it looks like', async () => {
    const fake = new FakeExcel([{ name: 'Notes' }]);
    await fake.run((context) => writeReport(context, typingModel(), undefined, quiet));
    const cells = fake.sheet('Performance Report')!.cells;
    TRICKY.forEach((text, i) => expect(cells[`${i},0`]).toMatchObject({ value: text, numberFormat: '@', formula: false }));
    expect(cells['2,2']).toMatchObject({ value: 'Bromsgrove', numberFormat: '@' });
  });

  it('writes month categories as real dates (the 1st of the month) formatted mmm yyyy, numbers with their style', async () => {
    const fake = new FakeExcel([{ name: 'Notes' }]);
    await fake.run((context) => writeReport(context, typingModel(), undefined, quiet));
    const cells = fake.sheet('Performance Report')!.cells;
    // 1 April 2021 is serial 44287 (days since 30 December 1899); 1 May 2021 is 30 days later.
    expect(cells['0,2']).toMatchObject({ value: 44287, numberFormat: 'mmm yyyy' });
    expect(cells['1,2']).toMatchObject({ value: 44317, numberFormat: 'mmm yyyy' });
    expect(cells['0,3']).toMatchObject({ value: 1234, numberFormat: '#,##0' });
  });
});

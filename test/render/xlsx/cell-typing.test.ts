/**
 * The .xlsx follows the same cell-typing rule as the add-in (report/cell-typing.ts): text cells
 * carry the text format "@" (editing them in Excel keeps them text), month categories are real
 * dates formatted mmm yyyy. Read back with exceljs.
 */
import ExcelJS from 'exceljs';
import type { ReportModel } from '../../../src/report/model';
import { cellTypingModel } from '../cell-typing-model';
import { renderInChildProcess } from './render-fixture';

const TRICKY = ['Apr 2021', '30/06/2021', '1-5', '00123', '12%', '1/2', '=SUM(A1)'];

function typingModel(): ReportModel {
  return cellTypingModel(TRICKY, [['2021-04', 'Apr 2021'], ['Bromsgrove', 'Bromsgrove']]);
}

let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  const { path } = renderInChildProcess(typingModel());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  sheet = workbook.getWorksheet('Performance Report')!;
}, 60_000);

describe('cell typing in the .xlsx (one rule with the add-in)', () => {
  test('every text cell is a string cell formatted "@"', () => {
    TRICKY.forEach((text, i) => {
      const cell = sheet.getCell(i + 1, 1);
      expect([cell.value, cell.type, cell.numFmt]).toEqual([text, ExcelJS.ValueType.String, '@']);
    });
    expect(sheet.getCell('C2').numFmt).toBe('@');
  });

  test('a month category is a date (1 April 2021) formatted mmm yyyy; a count keeps its style format', () => {
    const month = sheet.getCell('C1');
    expect((month.value as Date).toISOString()).toBe('2021-04-01T00:00:00.000Z');
    expect(month.numFmt).toBe('mmm yyyy');
    expect([sheet.getCell('D1').value, sheet.getCell('D1').numFmt]).toEqual([1234, '#,##0']);
  });
});

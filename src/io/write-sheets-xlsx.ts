/**
 * Node: SourceSheet[] → an .xlsx file, for `csc-report sample`. Written with exceljs's streaming
 * writer (a scale-10 sample is ~250,000 rows). Dates stay Excel serial numbers, as a pasted
 * worksheet holds them, but columns whose heading names a date get a dd/mm/yyyy format so a
 * person can read them; headings are bold and the heading row is frozen.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SourceSheet } from '../engine/types';

const DATE_FORMAT = 'dd/mm/yyyy';

/** Headings that hold dates: "Date of …", "… Date", "… date of …", "DOB". */
export function isDateHeading(heading: CellValue): boolean {
  return typeof heading === 'string' && (/\bdate\b/i.test(heading) || /^dob$/i.test(heading.trim()));
}

export function headingRowIndex(values: CellValue[][]): number {
  // The first row with at least two text cells (row 1, or row 2 under a title).
  const index = values.slice(0, 5).findIndex((row) => row.filter((cell) => typeof cell === 'string').length >= 2);
  return Math.max(index, 0);
}

export async function writeSheetsXlsx(sheets: readonly SourceSheet[], path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  for (const sheet of sheets) {
    const headingIndex = headingRowIndex(sheet.values);
    const headings = sheet.values[headingIndex] ?? [];
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: headingIndex + 1 }] });
    worksheet.columns = headings.map((heading) => ({
      width: Math.min(40, Math.max(12, String(heading ?? '').length + 2)),
      style: isDateHeading(heading) ? { numFmt: DATE_FORMAT } : {},
    }));
    sheet.values.forEach((values, index) => {
      const row = worksheet.addRow(values.map((cell) => (cell === undefined ? null : cell)));
      if (index === headingIndex) row.font = { bold: true };
      row.commit();
    });
    worksheet.commit();
  }
  await workbook.commit();
}

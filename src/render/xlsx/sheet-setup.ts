import type { Worksheet } from './load-writer';
import type { HeaderFooterText, ModelSheet, PrintSetup } from '../../report/model';

/** Excel's paper size code for A4. */
const PAPER_A4 = 9;

export function applyColumnsAndRows(sheet: Worksheet, model: ModelSheet): void {
  for (const column of model.columns) sheet.setColumnWidth(column.col, column.width);
  for (const { row, height } of model.rowHeights) sheet.setRowHeight(row, height);
}

export function applyView(sheet: Worksheet, model: ModelSheet): void {
  if (model.freezeRows > 0) sheet.setFreezePanes(model.freezeRows, 0);
  if (model.hidden) sheet.setHidden(true);
}

/** A4, landscape, one page wide and as many pages tall as needed (0 = automatic height). */
export function applyPrintSetup(sheet: Worksheet, print: PrintSetup): void {
  if (print.paper === 'A4') sheet.setPaperSize(PAPER_A4);
  if (print.landscape) sheet.setLandscape();
  if (print.fitToWidth) sheet.setPrintFitToPages(1, 0);
  if (print.area) sheet.setPrintArea(print.area.firstRow, print.area.firstCol, print.area.lastRow, print.area.lastCol);
  if (print.repeatRows) sheet.setRepeatRows(print.repeatRows.first, print.repeatRows.last);
  if (print.header) sheet.setHeader(headerFooterCode(print.header));
  if (print.footer) sheet.setFooter(headerFooterCode(print.footer));
}

/** The model's three parts as one Excel header/footer string (&L left, &C centre, &R right). */
export function headerFooterCode(text: HeaderFooterText): string {
  return `&L${text.left}&C${text.center}&R${text.right}`;
}

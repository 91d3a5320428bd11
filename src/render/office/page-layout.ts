/**
 * Print setup of one sheet through Office.js (ExcelApi 1.9: worksheet.pageLayout,
 * headersFooters and horizontalPageBreaks, so the caller's feature check covers it all):
 * A4, orientation, one page wide with automatic height, print area, repeated title rows,
 * header and footer, and the manual page breaks between sections. Translation only.
 */
import type { HeaderFooterText, PrintSetup } from '../../report/model';
import { cellAddress, localRangeAddress, rowsAddress } from './address';

/**
 * One page wide, as many pages tall as the content needs. `verticalFitToPages: 0` says so
 * explicitly: with `horizontalFitToPages` alone, Excel keeps the sheet's previous (or default
 * 1) height and squeezes a 14-page report onto one unreadable page.
 */
export const FIT_ONE_PAGE_WIDE = { horizontalFitToPages: 1, verticalFitToPages: 0 } as const;

/** Operations queuePageLayout adds (for the request-size estimate). */
export function pageLayoutOperations(print: PrintSetup): number {
  return 6 + (print.header ? 3 : 0) + (print.footer ? 3 : 0) + (print.rowBreaks?.length ?? 0);
}

export function queuePageLayout(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.landscape ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  if (print.fitToWidth) layout.zoom = { ...FIT_ONE_PAGE_WIDE };
  if (print.area) layout.setPrintArea(localRangeAddress(print.area));
  if (print.repeatRows) layout.setPrintTitleRows(rowsAddress(print.repeatRows.first, print.repeatRows.last));
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.header) setHeader(pages, print.header);
  if (print.footer) setFooter(pages, print.footer);
  // A break goes before the top-left cell of the range given: column A of the row that starts a page.
  for (const row of print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(cellAddress(row, 0));
}

function setHeader(pages: Excel.HeaderFooter, text: HeaderFooterText): void {
  pages.leftHeader = text.left;
  pages.centerHeader = text.center;
  pages.rightHeader = text.right;
}

function setFooter(pages: Excel.HeaderFooter, text: HeaderFooterText): void {
  pages.leftFooter = text.left;
  pages.centerFooter = text.center;
  pages.rightFooter = text.right;
}

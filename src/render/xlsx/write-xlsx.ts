import type { ModelSheet, ReportModel } from '../../report/model';
import { buildChart } from './chart';
import { createFormatCache, type FormatCache } from './formats';
import { loadXlsxWriter, type Workbook, type XlsxWriter } from './load-writer';
import { writeGeneratedMarker } from './marker';
import { patchPackage } from './patch-package';
import { applyColumnsAndRows, applyPrintSetup, applyView } from './sheet-setup';
import { STYLE_TABLE } from '../../report/styles';
import { writeCellsAndMerges } from './write-cells';

/**
 * ReportModel → .xlsx bytes with native Excel charts. Translation only: every layout, format,
 * suppression and chart range was decided by report/build-model.
 */
export async function renderXlsx(model: ReportModel): Promise<Uint8Array> {
  const xw = await loadXlsxWriter();
  const workbook = new xw.Workbook();
  const formats = createFormatCache(xw, STYLE_TABLE);
  for (const sheet of model.sheets) writeSheet(xw, workbook, sheet, formats);
  selectFirstVisibleSheet(workbook, model);
  writeGeneratedMarker(xw, workbook, model);
  return patchPackage(workbook.saveToBufferSync(), model);
}

function writeSheet(xw: XlsxWriter, workbook: Workbook, model: ModelSheet, formats: FormatCache): void {
  const sheet = workbook.addWorksheet().setName(model.name);
  writeCellsAndMerges(sheet, model.cells, model.merges, formats);
  applyColumnsAndRows(sheet, model);
  applyView(sheet, model);
  applyPrintSetup(sheet, model.print);
  for (const spec of model.charts) sheet.insertChart(spec.anchor.row, spec.anchor.col, buildChart(xw, spec));
}

/** Excel refuses to open a workbook whose active sheet is hidden; make the first visible one active. */
function selectFirstVisibleSheet(workbook: Workbook, model: ReportModel): void {
  const index = model.sheets.findIndex((sheet) => !sheet.hidden);
  if (index >= 0) workbook.worksheetFromIndex(index).setActive(true);
}

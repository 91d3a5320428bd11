import type { ReportModel } from '../../report/model';
import { patchChartXml } from './chart-xml-patches';
import { addRowBreaks, addTabColor, fixDefaultRowHeight } from './sheet-xml-patches';
import { readZip, writeZip, type ZipEntry } from '../../zip/write-zip';

/** The writer numbers chart parts chart1.xml, chart2.xml, … in the order charts were inserted: the model's sheet and chart order. */
const CHART_PART = /^xl\/charts\/chart(\d+)\.xml$/;
/** The writer names worksheet parts sheet1.xml, sheet2.xml, … in the order sheets were added. */
const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** Applies the tab colours, page breaks, fixed default row height and chart fixes the writer library cannot express. */
export function patchPackage(bytes: Uint8Array, model: ReportModel): Uint8Array {
  const entries = readZip(bytes).map((entry) => patchEntry(entry, model));
  return writeZip(entries);
}

function patchEntry(entry: ZipEntry, model: ReportModel): ZipEntry {
  const chartNumber = CHART_PART.exec(entry.name)?.[1];
  if (chartNumber) return withText(entry, patchChartXml(asText(entry), model.sheets.flatMap((s) => s.charts)[Number(chartNumber) - 1]));
  const sheetNumber = SHEET_PART.exec(entry.name)?.[1];
  const sheet = sheetNumber ? model.sheets[Number(sheetNumber) - 1] : undefined;
  if (!sheet || (!sheet.tabColor && !sheet.print.rowBreaks?.length && sheet.kind !== 'report')) return entry;
  let xml = asText(entry);
  if (sheet.kind === 'report') xml = fixDefaultRowHeight(xml);
  if (sheet.tabColor) xml = addTabColor(xml, sheet.tabColor);
  if (sheet.print.rowBreaks?.length) xml = addRowBreaks(xml, sheet.print.rowBreaks);
  return withText(entry, xml);
}

function asText(entry: ZipEntry): string {
  return new TextDecoder().decode(entry.data);
}

function withText(entry: ZipEntry, text: string): ZipEntry {
  return { name: entry.name, data: new TextEncoder().encode(text) };
}

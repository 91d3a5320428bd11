/**
 * A ReportModel built by hand for the renderer tests: a Performance Report of `sections` sections
 * (each a 3-month table with a chart: column, combination column+line on a secondary axis, bar
 * with labels, or lines with a dashed benchmark), a hidden Chart Data sheet and a Build Log.
 */
import type { ChartSpec, ModelCell, ModelSheet, RangeRef, ReportModel } from '../../../src/report/model';

const MONTHS = ['Apr 2021', 'May 2021', 'Jun 2021'];
export const SECTION_ROWS = 8;

function ref(sheet: string, firstRow: number, firstCol: number, lastRow: number, lastCol: number): RangeRef {
  return { sheet, firstRow, firstCol, lastRow, lastCol };
}

function emptySheet(name: string, kind: ModelSheet['kind'], hidden = false): ModelSheet {
  return {
    name,
    kind,
    hidden,
    tabColor: kind === 'report' ? '#1F3864' : null,
    cells: [],
    merges: [],
    columns: [],
    rowHeights: [],
    freezeRows: 0,
    charts: [],
    print: { landscape: true, paper: 'A4', fitToWidth: true, area: null, repeatRows: null },
  };
}

/** Section s: title row, header row, three month rows; Chart Data block at rows 4s..4s+3. */
function section(report: ModelSheet, data: ModelSheet, s: number): void {
  const top = 5 + s * SECTION_ROWS;
  const cells: ModelCell[] = [
    { row: top, col: 0, value: `${s + 1}. Indicator ${s + 1}`, style: 'sectionTitle' },
    { row: top + 1, col: 0, value: 'Month', style: 'header' },
    { row: top + 1, col: 1, value: 'Count', style: 'header' },
    { row: top + 1, col: 2, value: 'Rate', style: 'header' },
  ];
  MONTHS.forEach((month, m) => {
    cells.push({ row: top + 2 + m, col: 0, value: month, style: 'rowHeader' });
    cells.push({ row: top + 2 + m, col: 1, value: 100 * (s + 1) + m, style: 'count' });
    cells.push({ row: top + 2 + m, col: 2, value: 10.5 + m, style: 'rate' });
  });
  report.cells.push(...cells);

  const d = s * 4;
  data.cells.push({ row: d, col: 0, value: `Chart ${s + 1}`, style: 'text' });
  data.cells.push({ row: d, col: 1, value: 'Count', style: 'header' }, { row: d, col: 2, value: 'Rate', style: 'header' });
  MONTHS.forEach((month, m) => {
    data.cells.push({ row: d + 1 + m, col: 0, value: month, style: 'text' });
    // Month 2 of every third chart is suppressed: an empty cell (no ModelCell).
    if (!(s % 3 === 0 && m === 1)) data.cells.push({ row: d + 1 + m, col: 1, value: 100 * (s + 1) + m, style: 'count' });
    data.cells.push({ row: d + 1 + m, col: 2, value: 10.5 + m, style: 'rate' });
  });
  report.charts.push(chartFor(s, top));
}

function chartFor(s: number, top: number): ChartSpec {
  const d = s * 4;
  const kind = s % 4;
  const count = { lineStyle: 'solid' as const, marker: 'none' as const, name: 'Count', nameRef: ref('Chart Data', d, 1, d, 1), values: ref('Chart Data', d + 1, 1, d + 3, 1), color: '#1F4E79' };
  const rate = { lineStyle: 'solid' as const, marker: 'circle' as const, name: 'Rate', nameRef: ref('Chart Data', d, 2, d, 2), values: ref('Chart Data', d + 1, 2, d + 3, 2), color: '#7F7F7F' };
  const base = {
    id: `ind-${String(s + 1).padStart(2, '0')}`,
    sheet: 'Performance Report',
    anchor: { row: top + 1, col: 4 },
    width: 480,
    height: 260,
    title: `Indicator ${s + 1}`,
    altText: `Indicator ${s + 1}. A chart of the figures.`,
    categoryAxisTitle: 'Month',
    valueAxisTitle: 'Number',
    categories: ref('Chart Data', d + 1, 0, d + 3, 0),
    numberFormat: '#,##0',
    note: s % 3 === 0 ? 'Numbers below 10 have been suppressed' : null,
  };
  if (kind === 0) return { ...base, type: 'column', kind: 'column', valueAxisMin: 0, series: [{ ...count, type: 'column' }], showLegend: false, dataLabels: false };
  if (kind === 1) {
    return {
      ...base,
      type: 'column',
      kind: 'combination',
      valueAxisMin: 0,
      secondaryValueAxisTitle: 'Rate',
      series: [{ ...count, type: 'column' }, { ...rate, type: 'line', secondaryAxis: true }],
      showLegend: true,
      dataLabels: false,
    };
  }
  if (kind === 2) return { ...base, type: 'bar', kind: 'bar', valueAxisMin: 0, series: [{ ...count, type: 'bar' }], showLegend: false, dataLabels: true };
  return {
    ...base,
    type: 'line',
    kind: 'line',
    valueAxisMin: null,
    series: [{ ...rate, type: 'line' }, { ...count, name: 'England', type: 'line', lineStyle: 'dash', marker: 'square', color: '#C00000' }],
    showLegend: true,
    dataLabels: false,
  };
}

export function makeModel(sections: number, extraLogRows = 0): ReportModel {
  const report = emptySheet('Performance Report', 'report');
  report.cells.push(
    { row: 0, col: 0, value: 'Worcestershire', style: 'title' },
    { row: 1, col: 0, value: "Children and Young People's Services Performance Report", style: 'subtitle' },
    { row: 2, col: 0, value: 'Quarter 2 2021/22', style: 'subtitle' },
  );
  report.merges.push(ref('Performance Report', 0, 0, 0, 2));
  report.columns.push({ col: 0, width: 20 }, { col: 1, width: 10 });
  report.rowHeights.push({ row: 0, height: 24 });
  report.freezeRows = 4;
  report.print = { landscape: true, paper: 'A4', fitToWidth: true, area: ref('Performance Report', 0, 0, 5 + sections * SECTION_ROWS, 12), repeatRows: { first: 0, last: 3 } };
  const data = emptySheet('Chart Data', 'chart-data', true);
  for (let s = 0; s < sections; s++) section(report, data, s);
  const log = emptySheet('Build Log', 'log');
  log.cells.push({ row: 0, col: 0, value: 'Build Log', style: 'title' });
  // A problem message that starts like a formula must stay text.
  log.cells.push({ row: 1, col: 0, value: '=HYPERLINK("x")', style: 'text' });
  for (let r = 0; r < extraLogRows; r++) {
    log.cells.push({ row: 2 + r, col: 0, value: `List 3 row ${r + 2}: Date of Referral is not a date — a long message to make the payload big`, style: 'text' });
    log.cells.push({ row: 2 + r, col: 1, value: 'Referrals', style: 'text' });
  }
  const sheets = [report, data, log];
  return { sheets, generatedSheetNames: sheets.map((s) => s.name), definedNames: [] };
}

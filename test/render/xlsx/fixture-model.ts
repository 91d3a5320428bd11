import type { ChartSpec, ModelCell, ModelSheet, RangeRef, ReportModel } from '../../../src/report/model';

/**
 * A small hand-made ReportModel: two report sheets, Chart Data (with one suppressed value left
 * null), Build Log, and three charts (column; bar with data labels; column + line on a
 * secondary axis). Numbers are invented; nothing child-level.
 */
const CD = 'Chart Data';

function ref(sheet: string, firstRow: number, firstCol: number, lastRow = firstRow, lastCol = firstCol): RangeRef {
  return { sheet, firstRow, firstCol, lastRow, lastCol };
}

function cell(row: number, col: number, value: ModelCell['value'], style: ModelCell['style']): ModelCell {
  return { row, col, value, style };
}

const PRINT_DEFAULT = { landscape: true, paper: 'A4' as const, fitToWidth: true, area: null, repeatRows: null };

// Chart Data layout (0-based rows/cols):
//   A1 Month | B1 Contacts | C1 Started | D1 Ceased | E1 At month end      G1 Placement | H1 Children
//   A2..A4 2021-04..2021-06                                                G2..G4 three groups
const chartDataCells: ModelCell[] = [
  cell(0, 0, 'Month', 'header'), cell(0, 1, 'Contacts', 'header'), cell(0, 2, 'Started', 'header'),
  cell(0, 3, 'Ceased', 'header'), cell(0, 4, 'At month end', 'header'),
  cell(0, 6, 'Placement', 'header'), cell(0, 7, 'Children', 'header'),
  cell(1, 0, '2021-04', 'text'), cell(1, 1, 120, 'count'), cell(1, 2, 14, 'count'), cell(1, 3, 11, 'count'), cell(1, 4, 850, 'count'),
  // The May contacts count is suppressed: an empty cell, so the chart shows a gap.
  cell(2, 0, '2021-05', 'text'), cell(2, 1, null, 'count'), cell(2, 2, 12, 'count'), cell(2, 3, 15, 'count'), cell(2, 4, 847, 'count'),
  cell(3, 0, '2021-06', 'text'), cell(3, 1, 135, 'count'), cell(3, 2, 20, 'count'), cell(3, 3, 13, 'count'), cell(3, 4, 854, 'count'),
  cell(1, 6, 'Foster placements', 'text'), cell(1, 7, 610, 'count'),
  cell(2, 6, 'Placed with parents', 'text'), cell(2, 7, 45, 'count'),
  cell(3, 6, 'Other placements', 'text'), cell(3, 7, 30, 'count'),
];

const contactsChart: ChartSpec = {
  id: 'ind-01',
  sheet: 'Performance Report',
  anchor: { row: 3, col: 6 },
  width: 480,
  height: 288,
  type: 'column',
  kind: 'column',
  valueAxisMin: 0,
  title: '1. Total contacts received',
  altText: '1. Total contacts received. Columns: contacts in each month.',
  categoryAxisTitle: 'Month',
  valueAxisTitle: 'Contacts',
  categories: ref(CD, 1, 0, 3, 0),
  series: [{ name: 'Contacts', nameRef: ref(CD, 0, 1), values: ref(CD, 1, 1, 3, 1), type: 'column', color: '#1F4E79', lineStyle: 'solid', marker: 'none' }],
  showLegend: false,
  dataLabels: false,
  numberFormat: '#,##0',
  note: 'Numbers below 10 have been suppressed',
};

const startedCeasedChart: ChartSpec = {
  id: 'ind-10',
  sheet: 'Performance Report',
  anchor: { row: 20, col: 6 },
  width: 480,
  height: 288,
  type: 'column',
  kind: 'combination',
  valueAxisMin: 0,
  title: '10. Children looked after – starting, ceasing and number at month end',
  altText: '10. Children looked after – starting, ceasing and number at month end. Columns and a line.',
  categoryAxisTitle: 'Month',
  valueAxisTitle: 'Started / ceased',
  secondaryValueAxisTitle: 'At month end',
  categories: ref(CD, 1, 0, 3, 0),
  series: [
    { name: 'Started', nameRef: ref(CD, 0, 2), values: ref(CD, 1, 2, 3, 2), type: 'column', color: '#2E75B6', lineStyle: 'solid', marker: 'none' },
    { name: 'Ceased', nameRef: ref(CD, 0, 3), values: ref(CD, 1, 3, 3, 3), type: 'column', color: '#C55A11', lineStyle: 'solid', marker: 'none' },
    { name: 'At month end', nameRef: ref(CD, 0, 4), values: ref(CD, 1, 4, 3, 4), type: 'line', color: '#404040', secondaryAxis: true, lineStyle: 'solid', marker: 'circle' },
  ],
  showLegend: true,
  dataLabels: false,
  numberFormat: '#,##0',
  note: null,
};

const placementChart: ChartSpec = {
  id: 'district-Bromsgrove-placement',
  sheet: 'Bromsgrove',
  anchor: { row: 2, col: 4 },
  width: 480,
  height: 288,
  type: 'bar',
  kind: 'bar',
  title: 'Children looked after – placement type',
  altText: 'Children looked after – placement type. Horizontal bars.',
  // Chart text that the writer would otherwise read as a cell reference: must stay literal.
  categoryAxisTitle: '=Placement!$A$1',
  valueAxisTitle: 'Children',
  categories: ref(CD, 1, 6, 3, 6),
  series: [{ name: 'Children', nameRef: ref(CD, 0, 7), values: ref(CD, 1, 7, 3, 7), type: 'bar', color: '#548235', lineStyle: 'solid', marker: 'none' }],
  showLegend: false,
  dataLabels: true,
  numberFormat: '#,##0',
  // Fixed bounds, drawn on the value axis (the horizontal one of a bar chart).
  valueAxisMin: 0,
  valueAxisMax: 100,
  note: null,
};

const performanceReport: ModelSheet = {
  name: 'Performance Report',
  kind: 'report',
  hidden: false,
  tabColor: '#1F4E79',
  cells: [
    cell(0, 0, "Worcestershire – Children and Young People's Services Performance Report", 'title'),
    cell(1, 0, 'Quarter 2 2021/22', 'subtitle'),
    cell(3, 0, '1. Total contacts received', 'sectionTitle'),
    cell(4, 0, 'List 1 rows with Date of Contact in the month.', 'definition'),
    cell(5, 0, 'Month', 'header'), cell(5, 1, 'Contacts', 'header'), cell(5, 2, 'Percent', 'header'), cell(5, 3, 'Rate', 'header'),
    cell(6, 0, 'Apr 2021', 'rowHeader'), cell(6, 1, 1234, 'count'), cell(6, 2, 12.5, 'percent'), cell(6, 3, 71.2, 'rate'),
    cell(7, 0, 'May 2021', 'rowHeader'), cell(7, 1, '<10', 'suppressed'), cell(7, 2, null, 'percent'), cell(7, 3, null, 'rate'),
    // Text that looks like a formula must stay text.
    cell(8, 0, '=SUM(B7:B8)', 'text'), cell(8, 1, '+44 contacts', 'text'), cell(8, 2, '-', 'text'), cell(8, 3, '@risk', 'text'),
    cell(9, 0, 'Numbers below 10 have been suppressed', 'note'),
  ],
  merges: [ref('Performance Report', 0, 0, 0, 5), ref('Performance Report', 1, 0, 1, 5)],
  columns: [{ col: 0, width: 28 }, { col: 1, width: 12 }],
  rowHeights: [{ row: 0, height: 24 }],
  freezeRows: 2,
  charts: [contactsChart, startedCeasedChart],
  print: { ...PRINT_DEFAULT, area: ref('Performance Report', 0, 0, 40, 14), repeatRows: { first: 0, last: 1 }, rowBreaks: [20] },
};

const bromsgrove: ModelSheet = {
  name: 'Bromsgrove',
  kind: 'report',
  hidden: false,
  tabColor: null,
  cells: [cell(0, 0, 'Bromsgrove – district profile', 'title'), cell(2, 0, 'Children', 'header'), cell(3, 0, 610, 'count')],
  merges: [],
  columns: [{ col: 0, width: 30 }],
  rowHeights: [],
  freezeRows: 1,
  charts: [placementChart],
  print: PRINT_DEFAULT,
};

const chartData: ModelSheet = {
  name: CD,
  kind: 'chart-data',
  hidden: true,
  tabColor: null,
  cells: chartDataCells,
  merges: [],
  columns: [],
  rowHeights: [],
  freezeRows: 0,
  charts: [],
  print: { ...PRINT_DEFAULT, landscape: false, fitToWidth: false },
};

const buildLog: ModelSheet = {
  name: 'Build Log',
  kind: 'log',
  hidden: false,
  tabColor: '#7F7F7F',
  cells: [
    cell(0, 0, 'Build Log', 'title'),
    cell(1, 0, 'Built at', 'logHeader'), cell(1, 1, 44469, 'date'),
    cell(2, 0, 'Warning', 'logHeader'), cell(2, 1, 'List 3 row 17: Date of Referral is not a date', 'warning'),
  ],
  merges: [],
  columns: [{ col: 0, width: 20 }, { col: 1, width: 60 }],
  rowHeights: [],
  freezeRows: 1,
  charts: [],
  print: { ...PRINT_DEFAULT, landscape: false },
};

export function fixtureModel(): ReportModel {
  const sheets = [performanceReport, bromsgrove, chartData, buildLog];
  return { sheets, generatedSheetNames: sheets.map((sheet) => sheet.name), definedNames: [] };
}

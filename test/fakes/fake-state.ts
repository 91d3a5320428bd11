/**
 * Plain-data state of the fake Excel workbook. Everything here is JSON-like (no classes, no Maps)
 * so tests can deep-compare snapshots and read sheets, cells, charts and names directly.
 * No Node-only imports: the fake is also bundled for the browser end-to-end test.
 */

export type FakeScalar = string | number | boolean;

export interface FakeCellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fontName?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  /** Border edge ("EdgeTop", "InsideHorizontal", …) → line style. */
  borders?: Record<string, string>;
}

export interface FakeCell {
  /** "" when the cell is empty; a string written into a General cell is stored as Excel parses it (fake-coerce.ts). */
  value: FakeScalar;
  numberFormat: string;
  /** True when text beginning with =, +, - or @ was written into a cell not formatted as text "@" (value keeps the text). */
  formula: boolean;
  format: FakeCellFormat;
}

/** A rectangle on a sheet, by sheet id so that it follows renames (like a chart's series formula). */
export interface FakeRangeRef {
  sheetId: string;
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

export interface FakeSeries {
  name: string;
  chartType: string | null;
  axisGroup: 'Primary' | 'Secondary';
  values: FakeRangeRef | null;
  xValues: FakeRangeRef | null;
  lineColor: string | null;
  lineStyle: string | null;
  fillColor: string | null;
  hasDataLabels: boolean;
  /** Marker properties (markerStyle, markerSize, markerBackgroundColor, markerForegroundColor); present only once one is set. */
  marker?: { style?: string; size?: number; background?: string; foreground?: string };
  /** points.getItemAt(i).format.fill colours by point index; present only once one is set. */
  pointColors?: Record<number, string>;
}

export interface FakeAxis {
  title: string | null;
  titleVisible: boolean;
  numberFormat: string | null;
  reversePlotOrder: boolean;
  /** Fixed bounds, present only once set. */
  minimum?: number;
  maximum?: number;
}

export interface FakeChart {
  id: string;
  name: string;
  chartType: string;
  title: string;
  titleVisible: boolean;
  /** Font changes of parts of the title (getSubstring). */
  titleSubstrings: { start: number; length: number; size?: number; italic?: boolean }[];
  legendVisible: boolean;
  legendPosition: string | null;
  dataLabelsShowValue: boolean;
  dataLabelsNumberFormat: string | null;
  displayBlanksAs: string;
  /** Axis key "Category/Primary", "Value/Primary", "Value/Secondary". */
  axes: Record<string, FakeAxis>;
  series: FakeSeries[];
  /** Top-left cell address it was positioned at (setPosition), e.g. "E5". */
  positionCell: string | null;
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface FakeName {
  name: string;
  formula: string;
  comment: string;
}

export interface FakePageLayout {
  orientation: string | null;
  paperSize: string | null;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
  printArea: string | null;
  printTitleRows: string | null;
  /** Manual page breaks (worksheet.horizontalPageBreaks.add), as the addresses given; present only once one is added. */
  rowBreaks?: string[];
  /** pageLayout.headersFooters.defaultForAllPages, by property (leftHeader … rightFooter); present only once one is set. */
  headersFooters?: Partial<Record<HeaderFooterPart, string>>;
}

export const HEADER_FOOTER_PARTS = ['leftHeader', 'centerHeader', 'rightHeader', 'leftFooter', 'centerFooter', 'rightFooter'] as const;
export type HeaderFooterPart = (typeof HEADER_FOOTER_PARTS)[number];

export interface FakeSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  /** Key "row,col" (0-based). */
  cells: Record<string, FakeCell>;
  /** Merged areas as local addresses ("A1:F1"). */
  merges: string[];
  /** Column index → width in points. */
  columnWidths: Record<string, number>;
  /** Row index → height in points. */
  rowHeights: Record<string, number>;
  /** 0-based indexes of hidden rows (a filter or rows hidden by hand); absent = none. */
  hiddenRows?: number[];
  frozenRows: number;
  charts: FakeChart[];
  /** Worksheet-scoped named items. */
  names: FakeName[];
  pageLayout: FakePageLayout;
}

export interface FakeWorkbookState {
  /** In tab order (position = index). */
  sheets: FakeSheet[];
  /** Workbook-scoped named items. */
  names: FakeName[];
  activeSheetId: string | null;
  selection: { sheetId: string; address: string } | null;
  calculationMode: 'Automatic' | 'AutomaticExceptTables' | 'Manual';
}

export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'OfficeExtension.Error';
    this.code = code;
  }
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function localAddress(firstRow: number, firstCol: number, lastRow: number, lastCol: number): string {
  const start = `${columnLetters(firstCol)}${firstRow + 1}`;
  if (firstRow === lastRow && firstCol === lastCol) return start;
  return `${start}:${columnLetters(lastCol)}${lastRow + 1}`;
}

/** Sheet name as Excel writes it in an address: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "A1", "B2:D9", "$A$1:$C$3", with or without a "Sheet!" prefix, to 0-based bounds. */
export function parseLocalAddress(address: string): { firstRow: number; firstCol: number; lastRow: number; lastCol: number } {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = local.replace(/\$/g, '').split(':');
  const parsed = parts.map((part) => {
    const match = /^([A-Za-z]{1,3})(\d+)$/.exec(part);
    if (!match) throw new FakeOfficeError('InvalidArgument', `unsupported address "${address}"`);
    return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
  });
  const first = parsed[0];
  const last = parsed[parsed.length - 1];
  return {
    firstRow: Math.min(first.row, last.row),
    firstCol: Math.min(first.col, last.col),
    lastRow: Math.max(first.row, last.row),
    lastCol: Math.max(first.col, last.col),
  };
}

export function emptyPageLayout(): FakePageLayout {
  return { orientation: null, paperSize: null, zoom: null, printArea: null, printTitleRows: null };
}

export function newSheet(id: string, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: {},
    merges: [],
    columnWidths: {},
    rowHeights: {},
    frozenRows: 0,
    charts: [],
    names: [],
    pageLayout: emptyPageLayout(),
  };
}

/** Excel's sheet-name rules: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export function checkSheetName(name: string): void {
  if (name.length === 0 || name.length > 31 || /[:\\/?*[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new FakeOfficeError('InvalidArgument', `invalid sheet name "${name}"`);
  }
}

/**
 * The report model: everything a renderer needs to write the generated workbook, decided once.
 * Renderers (render/xlsx for the command line, render/office for the add-in) only translate it:
 * they never compute a layout, a number format, a suppression or a chart range themselves.
 *
 * Coordinates are 0-based (row 0 = worksheet row 1, col 0 = column A).
 */

/** Named cell styles; each renderer maps a name to its own formatting calls (report/styles.ts holds the values). */
export type CellStyle =
  | 'title'
  | 'subtitle'
  | 'sectionTitle'
  | 'definition'
  | 'header'
  | 'rowHeader'
  | 'text'
  | 'count'
  | 'percent'
  | 'rate'
  | 'date'
  | 'note'
  | 'suppressed'
  | 'total'
  | 'logHeader'
  | 'warning';

export interface ModelCell {
  row: number;
  col: number;
  /** Numbers stay numbers (formats come from the style); text is never a formula (renderers escape a leading =, +, -). */
  value: string | number | null;
  style: CellStyle;
  /**
   * Number format of this cell instead of its style's: a date written as a number (Excel's date
   * serial), e.g. `mmm yyyy` for a month category. Text cells are always `@` (report/cell-typing.ts).
   */
  numberFormat?: string;
  /**
   * Fill and font colour over the style's (District Summary colour scale: darker = higher, so it
   * reads in greyscale too, with white text on the dark shades); absent = the style's.
   */
  fill?: string;
  fontColor?: string;
}

export interface RangeRef {
  sheet: string;
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

export type ChartType = 'column' | 'bar' | 'line';

/**
 * What a chart is, decided by the model (outputs.md "Charts"): clustered columns, horizontal bars,
 * lines, or a combination (columns with a line on a secondary axis). Renderers draw this; they
 * never infer it from the series.
 */
export type ChartKind = 'column' | 'bar' | 'line' | 'combination';

/** Line style of a line series: the authority's solid, each benchmark its own dash pattern (not colour alone). */
export type LineStyle = 'solid' | 'dash' | 'dot' | 'dashDot';

/** Marker on each point of a line series (a month between two gaps is otherwise invisible). */
export type MarkerStyle = 'none' | 'circle' | 'square' | 'triangle' | 'diamond';

export interface ChartSeriesSpec {
  /** Series name (also written in the name cell `nameRef`). */
  name: string;
  nameRef: RangeRef;
  /** One row or one column of Chart Data; suppressed values there are empty cells. */
  values: RangeRef;
  /** Drawing type of this series; a chart mixing column and line is a combination chart. */
  type: ChartType;
  /** Draw on a secondary value axis (e.g. rate beside counts). */
  secondaryAxis?: boolean;
  /** Hex colour "#RRGGBB". */
  color: string;
  /** Lines: solid for the authority's own series, a dash pattern for each benchmark. */
  lineStyle: LineStyle;
  /** Lines: the marker on each point ('none' for columns and bars). */
  marker: MarkerStyle;
  /**
   * Columns and bars: a colour per point (category), e.g. the district a profile is about in the
   * strongest colour and the other districts grey; absent = every point in `color`.
   */
  pointColors?: string[];
}

export interface ChartSpec {
  /** Unique within the workbook, e.g. "ind-09" or "district-Bromsgrove-cp-number". */
  id: string;
  /** Sheet the chart sits on. */
  sheet: string;
  /** Top-left cell the chart is anchored to, and its size in pixels. */
  anchor: { row: number; col: number };
  width: number;
  height: number;
  /** Type of the first series (the chart's main type). */
  type: ChartType;
  /** The chart kind; `combination` draws the line series on the columns' chart (a secondary axis where a series says so). */
  kind: ChartKind;
  title: string;
  /** Alternative text for screen readers: the title and a one-line description (or the headline sentence) of what it shows. */
  altText: string;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  secondaryValueAxisTitle?: string | null;
  categories: RangeRef;
  /** Number format of the category labels when the categories are dates (months: `mmm yyyy`); absent = text categories. */
  categoryNumberFormat?: string;
  series: ChartSeriesSpec[];
  /** Legend only when there is more than one series. */
  showLegend: boolean;
  /** Data labels on breakdowns. */
  dataLabels: boolean;
  /** Number format of the value axis and labels (Excel format code). */
  numberFormat: string;
  /** Value-axis minimum: 0 for columns and bars (read by their length), null = automatic (lines). */
  valueAxisMin: number | null;
  /** Fixed value-axis maximum (100 for percentages), or null = automatic. */
  valueAxisMax?: number | null;
  /** "Numbers below T have been suppressed" when a value of the chart is suppressed, else null (shown as the chart's subtitle/footnote). */
  note: string | null;
}

export interface ColumnSpec {
  col: number;
  /** Width in characters (as Excel measures column widths). */
  width: number;
}

/**
 * One header or footer line in Excel's header/footer code: `&P` page number, `&N` number of
 * pages, a literal `&` doubled. Both renderers pass these strings through unchanged.
 */
export interface HeaderFooterText {
  left: string;
  center: string;
  right: string;
}

export interface PrintSetup {
  landscape: boolean;
  paper: 'A4';
  /** One page wide and as many pages tall as the content needs (never squeezed onto one page). */
  fitToWidth: boolean;
  /** Printed page header and footer (authority, report title, period, `Page X of Y`, protective marking); absent = none. */
  header?: HeaderFooterText;
  footer?: HeaderFooterText;
  /** Print area; null = none (Chart Data and the Build Log are not part of the printed report). */
  area: RangeRef | null;
  /** Rows repeated at the top of every printed page (0-based, inclusive), or null. */
  repeatRows: { first: number; last: number } | null;
  /** Optional manual page breaks: 0-based rows that start a new printed page (e.g. a section's title row, so no chart is cut in two). */
  rowBreaks?: number[];
}

export interface ModelSheet {
  name: string;
  kind: 'report' | 'chart-data' | 'log';
  hidden: boolean;
  tabColor: string | null;
  cells: ModelCell[];
  /** Merged ranges (titles spanning the table width). */
  merges: RangeRef[];
  columns: ColumnSpec[];
  /** Row heights in points, for rows that need more than the default. */
  rowHeights: { row: number; height: number }[];
  /** Rows frozen at the top (title rows). */
  freezeRows: number;
  charts: ChartSpec[];
  print: PrintSetup;
}

export interface ReportModel {
  /** Sheets in workbook order: Performance Report, District Summary, district sheets, Chart Data, Build Log. */
  sheets: ModelSheet[];
  /** Names of every sheet the model generates (what a rebuild may replace). */
  generatedSheetNames: string[];
  /**
   * Workbook-level names the build defines (outputs.md "Stable references": `CSC_01` … `CSC_23`,
   * `CSC_Period`), each pointing at one cell of a generated sheet; renderers define them and a
   * rebuild re-points them. Empty until the Summary sheet supplies the cells.
   */
  definedNames: DefinedName[];
}

/** A workbook-level name pointing at one cell (0-based) of a generated sheet. */
export interface DefinedName {
  name: string;
  sheet: string;
  row: number;
  col: number;
}

/** The marker that tells a rebuild which sheets the product generated (a workbook-level name / custom property). */
export const GENERATED_MARKER = 'CSCReportBuilder_Generated';

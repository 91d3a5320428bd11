/**
 * Drafts: what a sheet builder decides before the Chart Data sheet is laid out. A chart draft
 * holds its own categories and values; chart-data.ts turns it into a ChartSpec whose ranges point
 * at the Chart Data sheet.
 */
import type { Unit } from '../engine/results';
import type { CellStyle, ChartKind, ChartType, LineStyle, MarkerStyle, ModelCell, ModelSheet } from './model';
import { safeText } from './text';

export interface ChartSeriesDraft {
  name: string;
  values: (number | null)[];
  suppressed: boolean[];
  unit: Unit;
  type: ChartType;
  secondaryAxis?: boolean;
  color: string;
  /** Lines only; absent = solid with round markers (the authority's own series). */
  lineStyle?: LineStyle;
  marker?: MarkerStyle;
  /** Columns and bars: one colour per category (the highlighted district); absent = all `color`. */
  pointColors?: string[];
}

export interface ChartDraft {
  id: string;
  sheet: string;
  anchor: { row: number; col: number };
  title: string;
  /** The chart kind (report/chart-kinds.ts says which result gets which). */
  kind: ChartKind;
  /** One line saying what the chart shows (or the headline sentence), for its alternative text. */
  description: string;
  categoryAxisTitle: string | null;
  valueAxisTitle: string | null;
  secondaryValueAxisTitle?: string | null;
  /** Display labels ("Apr 2021", "Bromsgrove"). */
  categories: string[];
  /** The categories as the results give them ("2021-04"), when known: months become real dates in Chart Data (report/cell-typing.ts). */
  categoryKeys?: string[];
  series: ChartSeriesDraft[];
  dataLabels: boolean;
  numberFormat: string;
  /** Size in pixels; absent = the standard 480 × 260 (chart-size.ts). */
  width?: number;
  height?: number;
  /** Value-axis minimum; absent = 0 for columns and bars, automatic for lines (chart-data.ts). */
  valueAxisMin?: number | null;
  valueAxisMax?: number | null;
}

/** Rows one section takes on its sheet, from its title row to its last note or chart row (the gap after it excluded). */
export interface SectionExtent {
  first: number;
  last: number;
}

/** A sheet before its charts have Chart Data ranges and before widths and print setup are computed. */
export interface SheetDraft {
  name: string;
  kind: ModelSheet['kind'];
  hidden: boolean;
  tabColor: string | null;
  cells: ModelCell[];
  charts: ChartDraft[];
  freezeRows: number;
  /** Title rows repeated on every printed page, or null. */
  repeatRows: { first: number; last: number } | null;
  /** The sheet's title in the printed footer ("District profile: Bromsgrove"); absent = the sheet name. */
  printTitle?: string;
  /** Report sheets: where each section lies, so that page breaks fall between sections. */
  sections?: SectionExtent[];
}

/** True when a value the chart would plot is suppressed (and so left as a gap). */
export function chartHasSuppressedValue(chart: ChartDraft): boolean {
  return chart.series.some((s) => s.values.some((v, i) => v !== null && s.suppressed[i]));
}

/** The note a chart (and its section) carries when it hides a value. */
export function suppressionNote(threshold: number): string {
  return `Numbers below ${threshold} have been suppressed`;
}

/** A text cell, made safe (never read as a formula). */
export function textCell(row: number, col: number, text: string, style: CellStyle): ModelCell {
  return { row, col, value: safeText(text), style };
}

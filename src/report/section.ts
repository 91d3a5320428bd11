/**
 * One report section: title, definition, then blocks of "table with its chart beside it", then
 * notes (the indicator's warnings and the suppression note). Used by every report sheet so all
 * sections look and stack the same way.
 */
import type { ModelCell } from './model';
import { chartHasSuppressedValue, suppressionNote, textCell, type ChartDraft, type SectionExtent, type SheetDraft } from './drafts';
import { CHART_HEIGHT } from './chart-size';
import { blockHeight, chartAnchorBelow, chartAnchorBeside, chartRows, FIRST_SECTION_ROW, SECTION_GAP, SECTION_HEADING_ROWS, TITLE_ROWS } from './layout';
import { tableHeight, tableShowsSuppressed, writeTable, type TableDraft, type TableOptions } from './tables';

export interface Placement {
  sheet: string;
  anchor: { row: number; col: number };
}

export interface SectionBlock {
  table: TableDraft;
  /** Makes the chart once its position is known; null when the block has no chart. */
  chart: ((place: Placement) => ChartDraft | null) | null;
  /** Put the chart under the table (one blank row between) instead of beside it: for tables too wide to share a page's width with a chart. */
  chartBelow?: boolean;
}

export interface SectionContent {
  title: string;
  definition: string;
  /** Set when the indicator or block is not available: no table, no chart. */
  unavailableReason: string | null;
  blocks: SectionBlock[];
  warnings: string[];
}

export interface WrittenSection {
  cells: ModelCell[];
  charts: ChartDraft[];
  /** Rows the section takes, the gap to the next one included. */
  height: number;
}

/** Rows a block takes: table and chart side by side (the taller wins), or the chart under the table. */
function blockRows(block: SectionBlock, chart: ChartDraft | null): number {
  const tableRows = tableHeight(block.table);
  if (!chart) return tableRows;
  const chartHeight = chart.height ?? CHART_HEIGHT;
  return block.chartBelow ? tableRows + 1 + chartRows(chartHeight) : blockHeight(tableRows, chartHeight);
}

function chartPlace(block: SectionBlock, row: number, sheet: string): Placement {
  const anchor = block.chartBelow ? chartAnchorBelow(row, 0, tableHeight(block.table)) : chartAnchorBeside(row, 0, block.table.header.length);
  return { sheet, anchor };
}

/** Notes under a section: its warnings, then the suppression note when anything shown is hidden. */
function sectionNotes(warnings: string[], hidesValues: boolean, threshold: number): string[] {
  return hidesValues ? [...warnings, suppressionNote(threshold)] : [...warnings];
}

export function writeSection(content: SectionContent, top: number, sheet: string, options: TableOptions): WrittenSection {
  const cells: ModelCell[] = [textCell(top, 0, content.title, 'sectionTitle'), textCell(top + 1, 0, content.definition, 'definition')];
  let row = top + SECTION_HEADING_ROWS;
  if (content.unavailableReason !== null) {
    cells.push(textCell(row, 0, `Not available: ${content.unavailableReason}`, 'warning'));
    return { cells, charts: [], height: row + 1 - top + SECTION_GAP };
  }
  const charts: ChartDraft[] = [];
  let hidesValues = false;
  content.blocks.forEach((block, i) => {
    if (i > 0) row += 1;
    cells.push(...writeTable(block.table, row, 0, options));
    const chart = block.chart ? block.chart(chartPlace(block, row, sheet)) : null;
    if (chart) charts.push(chart);
    hidesValues ||= tableShowsSuppressed(block.table, options) || (chart !== null && chartHasSuppressedValue(chart));
    row += blockRows(block, chart);
  });
  const notes = sectionNotes(content.warnings, hidesValues, options.threshold);
  notes.forEach((note, i) => cells.push(textCell(row + i, 0, note, 'note')));
  return { cells, charts, height: row + notes.length - top + SECTION_GAP };
}

/** Writes sections one under another from `top`; returns everything written and where each section lies. */
export function writeSections(
  contents: SectionContent[],
  top: number,
  sheet: string,
  options: TableOptions,
): { cells: ModelCell[]; charts: ChartDraft[]; sections: SectionExtent[] } {
  const cells: ModelCell[] = [];
  const charts: ChartDraft[] = [];
  const sections: SectionExtent[] = [];
  let row = top;
  for (const content of contents) {
    const written = writeSection(content, row, sheet, options);
    cells.push(...written.cells);
    charts.push(...written.charts);
    sections.push({ first: row, last: row + written.height - SECTION_GAP - 1 });
    row += written.height;
  }
  return { cells, charts, sections };
}

/**
 * A report sheet of sections under the title block (Performance Report, District Summary, each
 * district profile): the same frozen, repeated title rows and section layout on every one.
 */
export function sectionedSheet(
  name: string,
  tabColor: string,
  titleCells: ModelCell[],
  contents: SectionContent[],
  options: TableOptions,
): SheetDraft {
  const written = writeSections(contents, FIRST_SECTION_ROW, name, options);
  return {
    name,
    kind: 'report',
    hidden: false,
    tabColor,
    cells: [...titleCells, ...written.cells],
    charts: written.charts,
    sections: written.sections,
    freezeRows: TITLE_ROWS,
    repeatRows: { first: 0, last: TITLE_ROWS - 1 },
  };
}

/**
 * One report section: title, definition, then blocks of "table with its chart beside it", then
 * notes (the indicator's warnings and the suppression note). Used by every report sheet so all
 * sections look and stack the same way.
 */
import type { ModelCell } from './model';
import { chartHasSuppressedValue, suppressionNote, textCell, type ChartDraft } from './drafts';
import { blockHeight, chartAnchorBeside, SECTION_GAP, SECTION_HEADING_ROWS } from './layout';
import { tableHeight, tableShowsSuppressed, writeTable, type TableDraft, type TableOptions } from './tables';

export interface Placement {
  sheet: string;
  anchor: { row: number; col: number };
}

export interface SectionBlock {
  table: TableDraft;
  /** Makes the chart once its position is known; null when the block has no chart. */
  chart: ((place: Placement) => ChartDraft | null) | null;
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
    const chart = block.chart ? block.chart({ sheet, anchor: chartAnchorBeside(row, 0, block.table.header.length) }) : null;
    if (chart) charts.push(chart);
    hidesValues ||= tableShowsSuppressed(block.table, options) || (chart !== null && chartHasSuppressedValue(chart));
    row += chart ? blockHeight(tableHeight(block.table)) : tableHeight(block.table);
  });
  const notes = sectionNotes(content.warnings, hidesValues, options.threshold);
  notes.forEach((note, i) => cells.push(textCell(row + i, 0, note, 'note')));
  return { cells, charts, height: row + notes.length - top + SECTION_GAP };
}

/** Writes sections one under another from `top`; returns everything written. */
export function writeSections(contents: SectionContent[], top: number, sheet: string, options: TableOptions): { cells: ModelCell[]; charts: ChartDraft[] } {
  const cells: ModelCell[] = [];
  const charts: ChartDraft[] = [];
  let row = top;
  for (const content of contents) {
    const written = writeSection(content, row, sheet, options);
    cells.push(...written.cells);
    charts.push(...written.charts);
    row += written.height;
  }
  return { cells, charts };
}

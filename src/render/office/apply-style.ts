/**
 * Queues the formatting of one rectangle of one style (fonts, fill, borders, alignment, wrap),
 * read from the report's STYLE_TABLE. Number formats are written with the values (cell-blocks.ts).
 */
import type { CellStyle } from '../../report/model';
import { STYLE_TABLE } from '../../report/styles';

const ALIGNMENT: Record<'left' | 'center' | 'right', 'Left' | 'Center' | 'Right'> = { left: 'Left', center: 'Center', right: 'Right' };
const OUTER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const format = STYLE_TABLE[style];
  if (!format) return;
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.horizontalAlignment !== undefined) range.format.horizontalAlignment = ALIGNMENT[format.horizontalAlignment];
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.border === 'thin') applyThinBorders(range, rows, cols);
}

function applyThinBorders(range: Excel.Range, rows: number, cols: number): void {
  const edges: string[] = [...OUTER_EDGES];
  if (rows > 1) edges.push('InsideHorizontal');
  if (cols > 1) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge as Excel.BorderIndex);
    border.style = 'Continuous';
    border.color = '#BFBFBF';
  }
}

import type { Format, Worksheet } from './load-writer';
import type { ModelCell, RangeRef } from '../../report/model';
import type { FormatCache } from './formats';
import { startsLikeFormula } from '../../report/text';
import { cellNumberFormat } from '../../report/cell-typing';

/** Text that Excel would read as a formula (or a DDE/at-command) if typed into the cell: the model's own rule. */
export const looksLikeFormula = startsLikeFormula;

/**
 * Writes one model cell with the number format of the cell-typing rule (report/cell-typing.ts):
 * text is a string cell formatted `@` (so editing it in Excel keeps it the same text), and text
 * that starts like a formula also gets the quote prefix; a date is a number with its date format.
 * A null value is a styled blank: in Chart Data that is how a suppressed value stays an empty
 * cell that charts show as a gap.
 */
export function writeCell(sheet: Worksheet, cell: ModelCell, formats: FormatCache): void {
  const { row, col, value, style } = cell;
  // A cell's own fill and font colour (the District Summary colour scale) go over its style's.
  const coloured = (format: Format, key: string) => (cell.fill || cell.fontColor ? formats.tinted(format, key, cell.fill, cell.fontColor) : format);
  if (value === null) {
    sheet.writeBlank(row, col, coloured(formats.plain(style), style));
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cell ${row},${col}: ${value} is not a finite number`);
    const numberFormat = cellNumberFormat(cell);
    sheet.writeNumberWithFormat(row, col, value, coloured(formats.forCell(style, numberFormat, false), `${style}|${numberFormat}|0`));
  } else {
    const numberFormat = cellNumberFormat(cell);
    const quote = looksLikeFormula(value);
    sheet.writeStringWithFormat(row, col, value, coloured(formats.forCell(style, numberFormat, quote), `${style}|${numberFormat}|${quote ? 1 : 0}`));
  }
}

/**
 * Merges first (with the style of the merge's top-left cell, so borders and fills span it),
 * then every cell; the top-left cell's value lands in the merged area.
 */
export function writeCellsAndMerges(sheet: Worksheet, cells: ModelCell[], merges: RangeRef[], formats: FormatCache): void {
  const cellAt = new Map<string, ModelCell>();
  for (const cell of cells) cellAt.set(`${cell.row},${cell.col}`, cell);
  for (const merge of merges) {
    if (merge.firstRow === merge.lastRow && merge.firstCol === merge.lastCol) continue;
    const topLeft = cellAt.get(`${merge.firstRow},${merge.firstCol}`);
    const format = formats.plain(topLeft?.style ?? 'text');
    sheet.mergeRange(merge.firstRow, merge.firstCol, merge.lastRow, merge.lastCol, '', format);
  }
  for (const cell of cells) writeCell(sheet, cell, formats);
}

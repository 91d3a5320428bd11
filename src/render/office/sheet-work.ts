/**
 * The work items that write one ModelSheet into a (new, empty) worksheet: number formats then
 * values per block, formats per style rectangle, merges, widths, heights, frozen rows and print
 * setup. The sheet itself (add, marker, tab colour, visibility) is created by write-report.ts.
 */
import type { ModelSheet } from '../../report/model';
import { localRangeAddress } from './address';
import { applyStyle } from './apply-style';
import { cellBlocks } from './cell-blocks';
import { styleRects } from './style-runs';
import { pageLayoutOperations, queuePageLayout } from './page-layout';
import { columnWidthPoints } from './sizes';
import { workItem, type WorkItem } from './work-items';

/** `sheet` is called when an item is queued (after the sheet was added), never before. */
export function sheetWork(sheet: () => Excel.Worksheet, model: ModelSheet, budgetBytes: number, printSetup: boolean): WorkItem[] {
  return [...cellWork(sheet, model, budgetBytes), styleWork(sheet, model), colourWork(sheet, model), layoutWork(sheet, model, printSetup)];
}

/** A cell's own fill and font colour over its style's (the District Summary colour scale), after the styles. */
function colourWork(getSheet: () => Excel.Worksheet, model: ModelSheet): WorkItem {
  const coloured = model.cells.filter((c) => c.fill !== undefined || c.fontColor !== undefined);
  return workItem(coloured.length * 2, 0, () => {
    if (coloured.length === 0) return;
    const sheet = getSheet();
    for (const cell of coloured) {
      const range = sheet.getRangeByIndexes(cell.row, cell.col, 1, 1);
      if (cell.fill) range.format.fill.color = cell.fill;
      if (cell.fontColor) range.format.font.color = cell.fontColor;
    }
  });
}

function cellWork(sheet: () => Excel.Worksheet, model: ModelSheet, budgetBytes: number): WorkItem[] {
  return cellBlocks(model.cells, budgetBytes).map((block) =>
    workItem(2, block.bytes, () => {
      const range = sheet().getRangeByIndexes(block.firstRow, block.firstCol, block.values.length, block.values[0].length);
      // Number formats first: a text cell formatted "@" must be text before its value arrives.
      range.numberFormat = block.numberFormats as unknown as string[][];
      range.values = block.values as unknown as (string | number)[][];
    }),
  );
}

function styleWork(getSheet: () => Excel.Worksheet, model: ModelSheet): WorkItem {
  const rects = styleRects(model.cells);
  // About eight property writes per rectangle (font, fill, borders, alignment).
  return workItem(rects.length * 8 + model.merges.length, 0, () => {
    const sheet = getSheet();
    for (const rect of rects) {
      const rows = rect.lastRow - rect.firstRow + 1;
      const cols = rect.lastCol - rect.firstCol + 1;
      applyStyle(sheet.getRangeByIndexes(rect.firstRow, rect.firstCol, rows, cols), rect.style, rows, cols);
    }
    for (const merge of model.merges) sheet.getRange(localRangeAddress(merge)).merge(false);
  });
}

function layoutWork(getSheet: () => Excel.Worksheet, model: ModelSheet, printSetup: boolean): WorkItem {
  const operations = model.columns.length + model.rowHeights.length + pageLayoutOperations(model.print);
  return workItem(operations, 0, () => {
    const sheet = getSheet();
    for (const column of model.columns) sheet.getRangeByIndexes(0, column.col, 1, 1).format.columnWidth = columnWidthPoints(column.width);
    for (const row of model.rowHeights) sheet.getRangeByIndexes(row.row, 0, 1, 1).format.rowHeight = row.height;
    if (model.freezeRows > 0) sheet.freezePanes.freezeRows(model.freezeRows);
    if (printSetup) queuePageLayout(sheet, model.print);
  });
}

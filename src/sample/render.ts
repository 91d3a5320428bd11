/**
 * Renders the sample's tagged cells as worksheet values. Clean: what a pasted extract holds (dates
 * as Excel serial numbers, codes in the template's preferred form). Messy (messy.ts): the mix of
 * forms inputs.md says the product must tolerate.
 */
import type { CellValue, SourceSheet } from '../engine/types';
import { excelSerialFromDay } from '../engine/dates';
import { isTagged, type SampleCell, type SampleList, type TaggedCell } from './cells';

export function renderCleanCell(cell: SampleCell): CellValue {
  if (!isTagged(cell)) return cell;
  return renderTagged(cell);
}

function renderTagged(cell: TaggedCell): CellValue {
  switch (cell.kind) {
    case 'date':
      return excelSerialFromDay(cell.day);
    case 'code':
      return cell.code.full;
    case 'yesNo':
      return cell.yes ? 'a) Yes' : 'b) No';
    case 'id':
      return cell.id;
  }
}

/** Title row (a single title cell, as the official template has), heading row, then data rows. */
export function renderCleanSheet(list: SampleList): SourceSheet {
  const width = list.headings.length;
  const title: CellValue[] = [list.title, ...new Array<CellValue>(width - 1).fill(null)];
  return {
    name: list.sheetName,
    values: [title, [...list.headings], ...list.rows.map((row) => row.map(renderCleanCell))],
  };
}

import type { ModelCell, ModelSheet, RangeRef, ReportModel } from '../../src/report/model';

export function sheetNamed(model: ReportModel, name: string): ModelSheet {
  const sheet = model.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

export function cellAt(sheet: ModelSheet, row: number, col: number): ModelCell | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** Values of a one-column or one-row range of the model (undefined cells read as null). */
export function rangeValues(model: ReportModel, ref: RangeRef): (string | number | null)[] {
  const sheet = sheetNamed(model, ref.sheet);
  const out: (string | number | null)[] = [];
  for (let r = ref.firstRow; r <= ref.lastRow; r += 1) {
    for (let c = ref.firstCol; c <= ref.lastCol; c += 1) out.push(cellAt(sheet, r, c)?.value ?? null);
  }
  return out;
}

/** The cells of the row whose column-0 label is `label`, at or after `fromRow`. */
export function rowLabelled(sheet: ModelSheet, label: string | number, fromRow = 0): ModelCell[] {
  const head = sheet.cells.filter((c) => c.col === 0 && c.value === label && c.row >= fromRow).sort((a, b) => a.row - b.row)[0];
  if (!head) throw new Error(`no row ${label} on ${sheet.name}`);
  return sheet.cells.filter((c) => c.row === head.row).sort((a, b) => a.col - b.col);
}

export function rowOf(sheet: ModelSheet, text: string): number {
  const cell = sheet.cells.find((c) => c.value === text);
  if (!cell) throw new Error(`no cell "${text}" on ${sheet.name}`);
  return cell.row;
}

/**
 * Result tables: a header row, one row per category, optionally a total row. Writes model cells
 * and applies the table rule of suppression (`<T` only when the setting asks for it).
 */
import type { Unit } from '../engine/results';
import type { CellStyle, ModelCell } from './model';
import { textCell } from './drafts';
import { styleForUnit } from './styles';
import { categoryCell } from './cell-typing';

export interface TableValue {
  value: number | null;
  suppressed: boolean;
  unit: Unit;
}

export interface TableRow {
  label: string;
  /** The category as the results give it ("2021-04"), when the row is one: months become real dates (report/cell-typing.ts). */
  category?: string;
  /** null = an empty cell (e.g. no total for a rate column). */
  values: (TableValue | null)[];
  total?: boolean;
}

export interface TableDraft {
  /** Header of the label column, then one header per value column. */
  header: string[];
  rows: TableRow[];
}

export interface TableOptions {
  threshold: number;
  suppressTables: boolean;
}

/** Shown for a value that cannot be computed (zero denominator, no population). */
export const NOT_APPLICABLE = '–';

/** Rows the table takes: header plus its rows. */
export function tableHeight(table: TableDraft): number {
  return 1 + table.rows.length;
}

/** True when the table hides a value as `<T`. */
export function tableShowsSuppressed(table: TableDraft, options: TableOptions): boolean {
  if (!options.suppressTables || options.threshold <= 0) return false;
  return table.rows.some((r) => r.values.some((v) => v !== null && v.suppressed && v.value !== null));
}

function valueStyle(value: TableValue, total: boolean): CellStyle {
  return total && value.unit === 'count' ? 'total' : styleForUnit(value.unit);
}

/** One value cell: `<T` when suppressed and tables suppress, "–" when null, else the number. */
export function valueCell(row: number, col: number, value: TableValue, options: TableOptions, total = false): ModelCell {
  if (value.value === null) return { row, col, value: NOT_APPLICABLE, style: valueStyle(value, total) };
  if (value.suppressed && options.suppressTables && options.threshold > 0) {
    return { row, col, value: `<${options.threshold}`, style: 'suppressed' };
  }
  return { row, col, value: value.value, style: valueStyle(value, total) };
}

export function writeTable(table: TableDraft, top: number, left: number, options: TableOptions): ModelCell[] {
  const cells: ModelCell[] = table.header.map((h, i) => textCell(top, left + i, h, 'header'));
  table.rows.forEach((r, i) => {
    const row = top + 1 + i;
    const style = r.total ? 'total' : 'rowHeader';
    cells.push(r.category === undefined ? textCell(row, left, r.label, style) : categoryCell(row, left, r.category, r.label, style));
    r.values.forEach((v, j) => {
      if (v !== null) cells.push(valueCell(row, left + 1 + j, v, options, r.total ?? false));
    });
  });
  return cells;
}

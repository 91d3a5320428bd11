/**
 * Fake Excel.Range and its format: writes are queued, reads need load + sync.
 * `null` in a values/numberFormat array leaves the cell unchanged; `""` clears its value; a
 * string is parsed like typing unless the cell's number format is "@" (text): date-like, number-
 * like, percentage and fraction text becomes a number (fake-coerce.ts), text beginning with =, +,
 * - or @ becomes a formula.
 */
import { FakeContext, FakeProxy } from './fake-context';
import { coerceInput } from './fake-coerce';
import {
  cellKey,
  FakeOfficeError,
  localAddress,
  quoteSheetName,
  type FakeCell,
  type FakeCellFormat,
  type FakeRangeRef,
  type FakeScalar,
  type FakeSheet,
} from './fake-state';

export interface ResolvedRange {
  sheet: FakeSheet;
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

/** Resolves a range at sync time (null = a null object). */
export type RangeResolver = () => ResolvedRange | null;

function ensureCell(sheet: FakeSheet, row: number, col: number): FakeCell {
  const key = cellKey(row, col);
  let cell = sheet.cells[key];
  if (!cell) {
    cell = { value: '', numberFormat: 'General', formula: false, format: {} };
    sheet.cells[key] = cell;
  }
  return cell;
}

function writeCellValue(sheet: FakeSheet, row: number, col: number, value: unknown): void {
  if (value === null || value === undefined) return; // Office: null leaves the cell unchanged
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new FakeOfficeError('InvalidArgument', `unsupported cell value ${String(value)}`);
  }
  const cell = ensureCell(sheet, row, col);
  const stored = coerceInput(value, cell.numberFormat);
  cell.value = stored.value;
  cell.formula = stored.formula;
  // Like typing: a General cell takes the format of what Excel recognised (a date, a percentage).
  if (stored.numberFormat && cell.numberFormat === 'General') cell.numberFormat = stored.numberFormat;
}

function writeCellNumberFormat(sheet: FakeSheet, row: number, col: number, format: unknown): void {
  if (format === null || format === undefined) return;
  ensureCell(sheet, row, col).numberFormat = String(format);
}

/** Accepts a single value (applied to every cell) or a 2-D array of exactly the range's size. */
function forEachInput(range: ResolvedRange, input: unknown, member: string, visit: (row: number, col: number, value: unknown) => void): void {
  const rows = range.lastRow - range.firstRow + 1;
  const cols = range.lastCol - range.firstCol + 1;
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) visit(range.firstRow + r, range.firstCol + c, input);
    return;
  }
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new FakeOfficeError('InvalidArgument', `${member}: the array does not match the size of the range (${rows}×${cols})`);
  }
  input.forEach((line: unknown[], r) => line.forEach((value, c) => visit(range.firstRow + r, range.firstCol + c, value)));
}

export function rangeAddress(range: ResolvedRange): string {
  return `${quoteSheetName(range.sheet.name)}!${localAddress(range.firstRow, range.firstCol, range.lastRow, range.lastCol)}`;
}

export class FakeRange extends FakeProxy {
  private resolved: ResolvedRange | null | undefined;
  readonly format: FakeRangeFormat;

  constructor(context: FakeContext, describe: string, private readonly resolver: RangeResolver) {
    super(context, describe);
    this.format = new FakeRangeFormat(this);
  }

  /** The range at sync time; throws for a null object. Cached like an Office object reference. */
  resolve(): ResolvedRange {
    const range = this.resolveOrNull();
    if (!range) throw new FakeOfficeError('InvalidObjectPath', `${this.describe} is a null object`);
    return range;
  }

  resolveOrNull(): ResolvedRange | null {
    if (this.resolved === undefined) this.resolved = this.resolver();
    return this.resolved;
  }

  toRef(): FakeRangeRef {
    const r = this.resolve();
    return { sheetId: r.sheet.id, firstRow: r.firstRow, firstCol: r.firstCol, lastRow: r.lastRow, lastCol: r.lastCol };
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  get values(): FakeScalar[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.write('values', input, () => {
      const range = this.resolve();
      forEachInput(range, input, 'values', (row, col, value) => writeCellValue(range.sheet, row, col, value));
    });
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.write('numberFormat', input, () => {
      const range = this.resolve();
      forEachInput(range, input, 'numberFormat', (row, col, value) => writeCellNumberFormat(range.sheet, row, col, value));
    });
  }

  get address(): string {
    return this.read('address');
  }
  /** True when every row is hidden, false when none, null when some are (as Office answers). */
  get rowHidden(): boolean | null {
    return this.read('rowHidden');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  merge(across?: boolean): void {
    this.call('merge', across ?? false, () => {
      const r = this.resolve();
      r.sheet.merges.push(localAddress(r.firstRow, r.firstCol, r.lastRow, r.lastCol));
    });
  }

  /** Range.clear(applyTo): 'Contents' empties values and formulas; 'Formats' resets formats; 'All' (default) both. */
  clear(applyTo?: string): void {
    this.call('clear', applyTo ?? 'All', () => {
      const r = this.resolve();
      const what = applyTo ?? 'All';
      for (let row = r.firstRow; row <= r.lastRow; row++) {
        for (let col = r.firstCol; col <= r.lastCol; col++) {
          const cell = r.sheet.cells[cellKey(row, col)];
          if (!cell) continue;
          if (what === 'Contents' || what === 'All') {
            cell.value = '';
            cell.formula = false;
          }
          if (what === 'Formats' || what === 'All') {
            cell.numberFormat = 'General';
            cell.format = {};
          }
          if (cell.value === '' && cell.numberFormat === 'General' && Object.keys(cell.format).length === 0) delete r.sheet.cells[cellKey(row, col)];
        }
      }
    });
  }

  select(): void {
    this.call('select', null, () => {
      const r = this.resolve();
      if (r.sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'cannot select on a hidden sheet');
      this.context.state.activeSheetId = r.sheet.id;
      this.context.state.selection = { sheetId: r.sheet.id, address: localAddress(r.firstRow, r.firstCol, r.lastRow, r.lastCol) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this.describe}/cell(${row},${column})`, () => {
      const r = this.resolve();
      return { sheet: r.sheet, firstRow: r.firstRow + row, firstCol: r.firstCol + column, lastRow: r.firstRow + row, lastCol: r.firstCol + column };
    });
  }

  /** Queues an operation on this range (used by the format proxies). */
  queue(kind: 'set' | 'call', member: string, payload: unknown, apply: () => void): void {
    this.context.enqueue(kind, this.describe, member, payload, apply);
  }

  /** Applies `update` to the format of every cell (used by the format proxies). */
  updateCells(update: (format: FakeCellFormat, row: number, col: number, range: ResolvedRange) => void): void {
    const r = this.resolve();
    for (let row = r.firstRow; row <= r.lastRow; row++) {
      for (let col = r.firstCol; col <= r.lastCol; col++) update(ensureCell(r.sheet, row, col).format, row, col, r);
    }
  }

  protected defaultLoadProperties(): string[] {
    return ['address', 'rowCount', 'columnCount', 'rowIndex', 'columnIndex', 'values', 'numberFormat'];
  }

  protected snapshotProperty(property: string): unknown {
    if (property === 'isNullObject') return this.resolveOrNull() === null;
    const r = this.resolveOrNull();
    if (!r) return undefined;
    switch (property) {
      case 'address':
        return rangeAddress(r);
      case 'rowCount':
        return r.lastRow - r.firstRow + 1;
      case 'columnCount':
        return r.lastCol - r.firstCol + 1;
      case 'rowIndex':
        return r.firstRow;
      case 'columnIndex':
        return r.firstCol;
      case 'values':
        return gridOf(r, (cell) => (cell ? cell.value : ''));
      case 'numberFormat':
        return gridOf(r, (cell) => (cell ? cell.numberFormat : 'General'));
      case 'rowHidden': {
        // Office: true when every row is hidden, false when none, null when some are.
        const hidden = (r.sheet.hiddenRows ?? []).filter((row) => row >= r.firstRow && row <= r.lastRow).length;
        const rows = r.lastRow - r.firstRow + 1;
        return hidden === 0 ? false : hidden === rows ? true : null;
      }
      default:
        throw new FakeOfficeError('InvalidArgument', `the fake Range cannot load '${property}'`);
    }
  }

  override load(properties?: string | string[] | { select?: string }): this {
    super.load(properties);
    // Office always answers isNullObject once anything was loaded.
    this.context.enqueue('load', this.describe, 'isNullObject', null, () => {
      this.loadedValues.set('isNullObject', this.resolveOrNull() === null);
    });
    return this;
  }
}

function gridOf<T>(r: ResolvedRange, pick: (cell: FakeCell | undefined) => T): T[][] {
  const grid: T[][] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    const line: T[] = [];
    for (let col = r.firstCol; col <= r.lastCol; col++) line.push(pick(r.sheet.cells[cellKey(row, col)]));
    grid.push(line);
  }
  return grid;
}

/** Write-only property helper: reading a format property was never loaded in this fake. */
function notLoaded(what: string): never {
  throw new FakeOfficeError('PropertyNotLoaded', `${what} was not loaded`);
}

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorders;

  constructor(private readonly range: FakeRange) {
    this.font = new FakeRangeFont(range);
    this.fill = new FakeRangeFill(range);
    this.borders = new FakeRangeBorders(range);
  }

  private set<K extends keyof FakeCellFormat>(member: K, value: FakeCellFormat[K]): void {
    this.range.queue('set', `format.${member}`, value, () =>
      this.range.updateCells((format) => {
        format[member] = value;
      }),
    );
  }

  get horizontalAlignment(): string {
    return notLoaded('format.horizontalAlignment');
  }
  set horizontalAlignment(value: string) {
    this.set('horizontalAlignment', value);
  }
  get verticalAlignment(): string {
    return notLoaded('format.verticalAlignment');
  }
  set verticalAlignment(value: string) {
    this.set('verticalAlignment', value);
  }
  get wrapText(): boolean {
    return notLoaded('format.wrapText');
  }
  set wrapText(value: boolean) {
    this.set('wrapText', value);
  }

  get columnWidth(): number {
    return notLoaded('format.columnWidth');
  }
  set columnWidth(points: number) {
    this.range.queue('set', 'format.columnWidth', points, () => {
      const r = this.range.resolve();
      for (let col = r.firstCol; col <= r.lastCol; col++) r.sheet.columnWidths[String(col)] = points;
    });
  }

  get rowHeight(): number {
    return notLoaded('format.rowHeight');
  }
  set rowHeight(points: number) {
    this.range.queue('set', 'format.rowHeight', points, () => {
      const r = this.range.resolve();
      for (let row = r.firstRow; row <= r.lastRow; row++) r.sheet.rowHeights[String(row)] = points;
    });
  }

  autofitColumns(): void {
    this.range.queue('call', 'format.autofitColumns', null, () => {
      const r = this.range.resolve();
      for (let col = r.firstCol; col <= r.lastCol; col++) r.sheet.columnWidths[String(col)] = -1; // -1 = autofit
    });
  }
}

class FakeRangeFont {
  constructor(private readonly range: FakeRange) {}

  private set(member: 'bold' | 'italic' | 'size' | 'color' | 'fontName', value: boolean | number | string): void {
    this.range.queue('set', `format.font.${member}`, value, () =>
      this.range.updateCells((format) => {
        (format as Record<string, unknown>)[member] = value;
      }),
    );
  }

  get bold(): boolean {
    return notLoaded('font.bold');
  }
  set bold(value: boolean) {
    this.set('bold', value);
  }
  get italic(): boolean {
    return notLoaded('font.italic');
  }
  set italic(value: boolean) {
    this.set('italic', value);
  }
  get size(): number {
    return notLoaded('font.size');
  }
  set size(value: number) {
    this.set('size', value);
  }
  get color(): string {
    return notLoaded('font.color');
  }
  set color(value: string) {
    this.set('color', value);
  }
  get name(): string {
    return notLoaded('font.name');
  }
  set name(value: string) {
    this.set('fontName', value);
  }
}

class FakeRangeFill {
  constructor(private readonly range: FakeRange) {}

  get color(): string {
    return notLoaded('fill.color');
  }
  set color(value: string) {
    this.range.queue('set', 'format.fill.color', value, () =>
      this.range.updateCells((format) => {
        format.fill = value;
      }),
    );
  }
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

class FakeRangeBorders {
  constructor(private readonly range: FakeRange) {}

  getItem(edge: string): FakeRangeBorder {
    if (!(EDGES as readonly string[]).includes(edge)) throw new FakeOfficeError('InvalidArgument', `unsupported border ${edge}`);
    return new FakeRangeBorder(this.range, edge);
  }
}

/** Stores each border on the cells it touches, by the cell's own side (top/bottom/left/right). */
class FakeRangeBorder {
  constructor(private readonly range: FakeRange, private readonly edge: string) {}

  get style(): string {
    return notLoaded('border.style');
  }
  set style(value: string) {
    this.range.queue('set', `format.borders(${this.edge}).style`, value, () =>
      this.range.updateCells((format, row, col, r) => {
        for (const side of sidesTouched(this.edge, row, col, r)) (format.borders ??= {})[side] = value;
      }),
    );
  }
  set color(value: string) {
    this.range.queue('set', `format.borders(${this.edge}).color`, value, () => undefined);
  }
  get color(): string {
    return notLoaded('border.color');
  }
}

function sidesTouched(edge: string, row: number, col: number, r: ResolvedRange): string[] {
  switch (edge) {
    case 'EdgeTop':
      return row === r.firstRow ? ['top'] : [];
    case 'EdgeBottom':
      return row === r.lastRow ? ['bottom'] : [];
    case 'EdgeLeft':
      return col === r.firstCol ? ['left'] : [];
    case 'EdgeRight':
      return col === r.lastCol ? ['right'] : [];
    case 'InsideHorizontal':
      return [...(row > r.firstRow ? ['top'] : []), ...(row < r.lastRow ? ['bottom'] : [])];
    default:
      return [...(col > r.firstCol ? ['left'] : []), ...(col < r.lastCol ? ['right'] : [])];
  }
}

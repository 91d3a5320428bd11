/**
 * Fake Excel.Worksheet, WorksheetCollection, named items, page layout, Application and Workbook.
 * Worksheet references are resolved at sync time and then follow the sheet (by id) through renames.
 */
import { FakeContext, FakeProxy, normaliseLoadArgument } from './fake-context';
import { FakeChartProxy, createChart } from './fake-chart';
import { FakeRange, rangeAddress, type ResolvedRange } from './fake-range';
import {
  checkSheetName,
  FakeOfficeError,
  HEADER_FOOTER_PARTS,
  newSheet,
  parseLocalAddress,
  type FakeName,
  type FakePageLayout,
  type HeaderFooterPart,
  type FakeSheet,
  type FakeWorkbookState,
} from './fake-state';

function findSheet(state: FakeWorkbookState, key: string): FakeSheet | null {
  const lower = key.toLowerCase();
  return state.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower) ?? null;
}

function visibleCount(state: FakeWorkbookState): number {
  return state.sheets.filter((s) => s.visibility === 'Visible').length;
}

/** Bounds of the cells holding a value (valuesOnly) or anything; A1 for an empty sheet, like Excel. */
function usedBounds(sheet: FakeSheet, valuesOnly: boolean): ResolvedRange | null {
  let firstRow = Infinity;
  let firstCol = Infinity;
  let lastRow = -1;
  let lastCol = -1;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const hasFormat = cell.numberFormat !== 'General' || Object.keys(cell.format).length > 0;
    if (cell.value === '' && (valuesOnly || !hasFormat)) continue;
    const [row, col] = key.split(',').map(Number);
    firstRow = Math.min(firstRow, row);
    firstCol = Math.min(firstCol, col);
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
  }
  if (lastRow < 0) return null;
  return { sheet, firstRow, firstCol, lastRow, lastCol };
}

export class FakeWorksheet extends FakeProxy {
  private cachedId: string | null | undefined;
  readonly freezePanes: { freezeRows(count?: number): void; unfreeze(): void };
  readonly charts: FakeChartCollection;
  readonly names: FakeNamedItemCollection;
  readonly pageLayout: FakePageLayoutProxy;
  /** ExcelApi 1.9: add(address) puts a manual page break before that cell's row (recorded as the address). */
  readonly horizontalPageBreaks: { add(pageBreakRange: string): void };

  constructor(context: FakeContext, describe: string, private readonly resolver: () => FakeSheet | null) {
    super(context, describe);
    this.freezePanes = {
      freezeRows: (count?: number) => this.change('freezePanes.freezeRows', count ?? 1, (s) => {
        s.frozenRows = count ?? 1;
      }),
      unfreeze: () => this.change('freezePanes.unfreeze', null, (s) => {
        s.frozenRows = 0;
      }),
    };
    this.charts = new FakeChartCollection(this);
    this.names = new FakeNamedItemCollection(context, `${describe}/names`, () => this.resolve().names);
    this.pageLayout = new FakePageLayoutProxy(this);
    this.horizontalPageBreaks = {
      add: (pageBreakRange: string) => this.change('horizontalPageBreaks.add', pageBreakRange, (s) => {
        s.pageLayout.rowBreaks = [...(s.pageLayout.rowBreaks ?? []), pageBreakRange];
      }),
    };
  }

  resolveOrNull(): FakeSheet | null {
    if (this.cachedId === undefined) this.cachedId = this.resolver()?.id ?? null;
    if (this.cachedId === null) return null;
    return this.context.state.sheets.find((s) => s.id === this.cachedId) ?? null;
  }

  resolve(): FakeSheet {
    const sheet = this.resolveOrNull();
    if (!sheet) throw new FakeOfficeError('ItemNotFound', `${this.describe} does not exist`);
    return sheet;
  }

  get fakeContext(): FakeContext {
    return this.context;
  }

  change(member: string, payload: unknown, update: (sheet: FakeSheet, state: FakeWorkbookState) => void): void {
    this.context.enqueue('set', this.describe, member, payload, () => update(this.resolve(), this.context.state));
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get id(): string {
    return this.read('id');
  }
  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.change('name', value, (sheet, state) => {
      checkSheetName(value);
      const clash = findSheet(state, value);
      if (clash && clash !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named "${value}" exists`);
      sheet.name = value;
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.change('position', value, (sheet, state) => {
      if (value < 0 || value >= state.sheets.length) throw new FakeOfficeError('InvalidArgument', `position ${value}`);
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.sheets.splice(value, 0, sheet);
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.change('visibility', value, (sheet, state) => {
      if (value !== 'Visible' && sheet.visibility === 'Visible' && visibleCount(state) === 1) {
        throw new FakeOfficeError('InvalidOperation', 'a workbook must keep one visible sheet');
      }
      sheet.visibility = value;
    });
  }
  get tabColor(): string {
    return this.read('tabColor');
  }
  set tabColor(value: string) {
    this.change('tabColor', value, (sheet) => {
      sheet.tabColor = value;
    });
  }

  delete(): void {
    this.context.enqueue('call', this.describe, 'delete', null, () => {
      const sheet = this.resolve();
      const state = this.context.state;
      if (state.sheets.length === 1) throw new FakeOfficeError('InvalidOperation', 'cannot delete the only sheet');
      if (sheet.visibility === 'Visible' && visibleCount(state) === 1) throw new FakeOfficeError('InvalidOperation', 'cannot delete the last visible sheet');
      const index = state.sheets.indexOf(sheet);
      state.sheets.splice(index, 1);
      if (state.activeSheetId === sheet.id) {
        const next = state.sheets.slice(index).concat(state.sheets.slice(0, index).reverse()).find((s) => s.visibility === 'Visible');
        state.activeSheetId = next?.id ?? null;
      }
      if (state.selection?.sheetId === sheet.id) state.selection = null;
    });
  }

  activate(): void {
    this.context.enqueue('call', this.describe, 'activate', null, () => {
      const sheet = this.resolve();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'cannot activate a hidden sheet');
      this.context.state.activeSheetId = sheet.id;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.describe}/range(${address ?? ''})`, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, firstRow: 0, firstCol: 0, lastRow: 1048575, lastCol: 16383 };
      return { sheet, ...parseLocalAddress(address) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, `${this.describe}/rangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'empty range');
      return { sheet: this.resolve(), firstRow: startRow, firstCol: startColumn, lastRow: startRow + rowCount - 1, lastCol: startColumn + columnCount - 1 };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.describe}/usedRange`, () => {
      const sheet = this.resolve();
      return usedBounds(sheet, valuesOnly ?? false) ?? { sheet, firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 0 };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, `${this.describe}/usedRangeOrNull`, () => usedBounds(this.resolve(), valuesOnly ?? false));
  }

  protected defaultLoadProperties(): string[] {
    return ['id', 'name', 'position', 'visibility', 'tabColor'];
  }

  protected snapshotProperty(property: string): unknown {
    const sheet = this.resolveOrNull();
    if (property === 'isNullObject') return sheet === null;
    if (!sheet) return undefined;
    switch (property) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'position':
        return this.context.state.sheets.indexOf(sheet);
      case 'visibility':
        return sheet.visibility;
      case 'tabColor':
        return sheet.tabColor;
      default:
        throw new FakeOfficeError('InvalidArgument', `the fake Worksheet cannot load '${property}'`);
    }
  }

  override load(properties?: string | string[] | { select?: string }): this {
    super.load(properties);
    this.context.enqueue('load', this.describe, 'isNullObject', null, () => {
      this.loadedValues.set('isNullObject', this.resolveOrNull() === null);
    });
    return this;
  }

  /** Used by collections: marks properties as loaded from a snapshot taken at sync. */
  acceptLoaded(properties: string[]): void {
    for (const property of properties) this.loadedValues.set(property, this.snapshotProperty(property));
    this.loadedValues.set('isNullObject', false);
  }
}

/** Splits "items/name, items/position" (or "name") into item properties. */
function itemProperties(properties: string | string[] | { select?: string } | undefined, defaults: string[]): string[] {
  const names = normaliseLoadArgument(properties, ['items']);
  const wanted = names.flatMap((n) => (n === 'items' ? defaults : [n.replace(/^items\//, '')]));
  return [...new Set(wanted)];
}

export class FakeWorksheetCollection extends FakeProxy {
  constructor(context: FakeContext) {
    super(context, 'worksheets');
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheet(${key})`, () => {
      const sheet = findSheet(this.context.state, key);
      if (!sheet) throw new FakeOfficeError('ItemNotFound', `there is no sheet "${key}"`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheet?(${key})`, () => findSheet(this.context.state, key));
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, 'activeWorksheet', () => {
      const state = this.context.state;
      return state.sheets.find((s) => s.id === state.activeSheetId) ?? state.sheets[0] ?? null;
    });
  }

  add(name?: string): FakeWorksheet {
    let createdId: string | null = null;
    this.context.enqueue('call', this.describe, 'add', name ?? null, () => {
      const state = this.context.state;
      const finalName = name ?? nextDefaultName(state);
      checkSheetName(finalName);
      if (findSheet(state, finalName)) throw new FakeOfficeError('ItemAlreadyExists', `a sheet named "${finalName}" exists`);
      const sheet = newSheet(this.context.host.newId('sheet-'), finalName);
      state.sheets.push(sheet);
      createdId = sheet.id;
    });
    return new FakeWorksheet(this.context, `worksheet+(${name ?? ''})`, () => {
      if (createdId === null) throw new FakeOfficeError('InvalidObjectPath', 'sheet was not created');
      return findSheet(this.context.state, createdId);
    });
  }

  get items(): FakeWorksheet[] {
    return this.read('items');
  }

  override load(properties?: string | string[] | { select?: string }): this {
    const wanted = itemProperties(properties, ['id', 'name', 'position', 'visibility', 'tabColor']);
    let response: unknown = null;
    this.context.enqueue(
      'load',
      this.describe,
      `load(items/${wanted.join(',')})`,
      wanted,
      () => {
        const items = this.context.state.sheets.map((sheet) => {
          const proxy = new FakeWorksheet(this.context, `worksheet(${sheet.id})`, () => sheet);
          proxy.acceptLoaded(wanted);
          return proxy;
        });
        this.loadedValues.set('items', items);
        response = this.context.state.sheets.map((s) => s.name);
      },
      () => (response === null ? 0 : JSON.stringify(response).length),
    );
    return this;
  }

  protected defaultLoadProperties(): string[] {
    return ['items'];
  }

  protected snapshotProperty(): unknown {
    return undefined;
  }
}

function nextDefaultName(state: FakeWorkbookState): string {
  for (let n = 1; ; n++) if (!findSheet(state, `Sheet${n}`)) return `Sheet${n}`;
}

class FakeChartCollection extends FakeProxy {
  constructor(private readonly worksheet: FakeWorksheet) {
    super(worksheet.fakeContext, `${worksheet.describe}/charts`);
  }

  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChartProxy {
    let created: { sheet: FakeSheet; chart: ReturnType<typeof createChart> } | null = null;
    this.context.enqueue('call', this.describe, 'add', [type, sourceData.describe, seriesBy ?? null], () => {
      const sheet = this.worksheet.resolve();
      const chart = createChart(this.context.host.newId('chart-'), type, sourceData, seriesBy);
      sheet.charts.push(chart);
      created = { sheet, chart };
    });
    return new FakeChartProxy(this.context, `${this.describe}/add(${type})`, () => {
      if (!created) throw new FakeOfficeError('InvalidObjectPath', 'chart was not created');
      return created;
    });
  }

  getItem(name: string): FakeChartProxy {
    return new FakeChartProxy(this.context, `${this.describe}(${name})`, () => {
      const sheet = this.worksheet.resolve();
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw new FakeOfficeError('ItemNotFound', `chart ${name}`);
      return { sheet, chart };
    });
  }

  get count(): number {
    return this.read('count');
  }

  protected defaultLoadProperties(): string[] {
    return ['count'];
  }

  protected snapshotProperty(property: string): unknown {
    if (property !== 'count') throw new FakeOfficeError('InvalidArgument', `charts cannot load '${property}'`);
    return this.worksheet.resolve().charts.length;
  }
}

export class FakeNamedItem extends FakeProxy {
  constructor(context: FakeContext, describe: string, private readonly resolver: () => FakeName | null) {
    super(context, describe);
  }

  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  get comment(): string {
    return this.read('comment');
  }

  protected defaultLoadProperties(): string[] {
    return ['name', 'formula', 'comment'];
  }

  protected snapshotProperty(property: string): unknown {
    const item = this.resolver();
    if (property === 'isNullObject') return item === null;
    if (!item) return undefined;
    if (property === 'name' || property === 'formula' || property === 'comment') return item[property];
    throw new FakeOfficeError('InvalidArgument', `named item cannot load '${property}'`);
  }

  override load(properties?: string | string[] | { select?: string }): this {
    super.load(properties);
    this.context.enqueue('load', this.describe, 'isNullObject', null, () => {
      this.loadedValues.set('isNullObject', this.resolver() === null);
    });
    return this;
  }
}

export class FakeNamedItemCollection extends FakeProxy {
  constructor(context: FakeContext, describe: string, private readonly list: () => FakeName[]) {
    super(context, describe);
  }

  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    this.context.enqueue('call', this.describe, 'add', [name, typeof reference === 'string' ? reference : reference.describe, comment ?? ''], () => {
      const names = this.list();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new FakeOfficeError('InvalidArgument', `invalid name ${name}`);
      if (names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new FakeOfficeError('ItemAlreadyExists', `name ${name}`);
      const formula = typeof reference === 'string' ? reference : `=${rangeAddress(reference.resolve())}`;
      names.push({ name, formula, comment: comment ?? '' });
    });
    return this.getItem(name);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.describe}(${name})`, () => {
      const item = this.find(name);
      if (!item) throw new FakeOfficeError('ItemNotFound', `name ${name}`);
      return item;
    });
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.describe}?(${name})`, () => this.find(name));
  }

  private find(name: string): FakeName | null {
    return this.list().find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  get items(): { name: string; formula: string }[] {
    return this.read('items');
  }

  protected defaultLoadProperties(): string[] {
    return ['items'];
  }

  protected snapshotProperty(property: string): unknown {
    if (property !== 'items' && !property.startsWith('items/')) throw new FakeOfficeError('InvalidArgument', `names cannot load '${property}'`);
    return this.list().map((n) => ({ ...n }));
  }

  override load(properties?: string | string[] | { select?: string }): this {
    super.load(properties);
    this.context.enqueue('load', this.describe, 'items', null, () => {
      this.loadedValues.set('items', this.list().map((n) => ({ ...n })));
    });
    return this;
  }
}

/** pageLayout.headersFooters (ExcelApi 1.9): only defaultForAllPages, write-only like the other page-layout properties here. */
class FakeHeadersFooters {
  readonly defaultForAllPages: Record<HeaderFooterPart, string>;

  constructor(worksheet: FakeWorksheet) {
    this.defaultForAllPages = {} as Record<HeaderFooterPart, string>;
    for (const part of HEADER_FOOTER_PARTS) {
      Object.defineProperty(this.defaultForAllPages, part, {
        set: (value: string) =>
          worksheet.change(`pageLayout.headersFooters.defaultForAllPages.${part}`, value, (sheet) => {
            sheet.pageLayout.headersFooters = { ...sheet.pageLayout.headersFooters, [part]: value };
          }),
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', `headersFooters.defaultForAllPages.${part} was not loaded`);
        },
        enumerable: true,
      });
    }
  }
}

class FakePageLayoutProxy {
  readonly headersFooters: FakeHeadersFooters;

  constructor(private readonly worksheet: FakeWorksheet) {
    this.headersFooters = new FakeHeadersFooters(worksheet);
    for (const property of ['orientation', 'paperSize', 'zoom'] as const) {
      Object.defineProperty(this, property, {
        set: (value: unknown) =>
          worksheet.change(`pageLayout.${property}`, value, (sheet) => {
            (sheet.pageLayout as unknown as Record<string, unknown>)[property] = value;
          }),
        get: () => {
          throw new FakeOfficeError('PropertyNotLoaded', `pageLayout.${property} was not loaded`);
        },
        enumerable: true,
      });
    }
  }

  private setField(field: keyof FakePageLayout, member: string, reference: string | FakeRange): void {
    this.worksheet.change(`pageLayout.${member}`, typeof reference === 'string' ? reference : reference.describe, (sheet) => {
      (sheet.pageLayout as unknown as Record<string, unknown>)[field] =
        typeof reference === 'string' ? reference : rangeAddress(reference.resolve()).split('!')[1];
    });
  }

  setPrintArea(area: string | FakeRange): void {
    this.setField('printArea', 'setPrintArea', area);
  }

  setPrintTitleRows(rows: string | FakeRange): void {
    this.setField('printTitleRows', 'setPrintTitleRows', rows);
  }
}

export class FakeApplication extends FakeProxy {
  /** How many times screen updating / API calculation were suspended (for tests). */
  suspendScreenUpdatingCalls = 0;
  suspendApiCalculationCalls = 0;

  constructor(context: FakeContext) {
    super(context, 'application');
  }

  get calculationMode(): string {
    return this.read('calculationMode');
  }
  set calculationMode(value: 'Automatic' | 'AutomaticExceptTables' | 'Manual') {
    this.write('calculationMode', value, () => {
      this.context.state.calculationMode = value;
    });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.call('suspendScreenUpdatingUntilNextSync', null, () => {
      this.suspendScreenUpdatingCalls += 1;
    });
  }

  suspendApiCalculationUntilNextSync(): void {
    this.call('suspendApiCalculationUntilNextSync', null, () => {
      this.suspendApiCalculationCalls += 1;
    });
  }

  protected defaultLoadProperties(): string[] {
    return ['calculationMode'];
  }

  protected snapshotProperty(property: string): unknown {
    if (property !== 'calculationMode') throw new FakeOfficeError('InvalidArgument', `application cannot load '${property}'`);
    return this.context.state.calculationMode;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context, 'workbook/names', () => context.state.names);
    this.application = new FakeApplication(context);
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, 'selectedRange', () => {
      const state = this.context.state;
      const selection = state.selection;
      const sheet = selection ? findSheet(state, selection.sheetId) : null;
      if (!selection || !sheet) throw new FakeOfficeError('ItemNotFound', 'nothing is selected');
      return { sheet, ...parseLocalAddress(selection.address) };
    });
  }
}

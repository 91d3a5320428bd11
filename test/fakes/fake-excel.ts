/**
 * A typed fake of the part of the Excel JavaScript API the add-in uses, strict where Office is:
 * writes are queued until `context.sync()`, reading an unloaded property throws PropertyNotLoaded,
 * each sync's request (and response) must stay under 5 MB, and a failure can be injected at the
 * Nth sync or operation. Its state is plain data (fake-state.ts) so tests inspect it directly.
 *
 * Browser-safe (no Node imports): the add-in's end-to-end test bundles it and calls
 * `installFakeExcel(globalThis, sheets)` before the task pane loads.
 */
import { FakeContext, FakeHost, type FailureInjection, type FakeOperation, type SyncRecord } from './fake-context';
import { FakeWorkbook } from './fake-worksheet';
import { cellKey, newSheet, type FakeName, type FakeScalar, type FakeSheet, type FakeWorkbookState } from './fake-state';

export * from './fake-state';
export { PAYLOAD_LIMIT_BYTES, type FakeOperation, type SyncRecord, type FailureInjection } from './fake-context';

export interface InitialSheet {
  name: string;
  /** Rows of values starting at `firstRow`/`firstColumn` (0-based; default A1). null/"" = empty. */
  values?: (FakeScalar | null | undefined)[][];
  firstRow?: number;
  firstColumn?: number;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Worksheet-scoped named items. */
  names?: FakeName[];
}

export interface FakeExcelOptions {
  /** Highest ExcelApi version the fake host claims (default "1.12"). */
  excelApiVersion?: string;
  /** Office.onReady host (default "Excel"); anything else simulates opening the pane outside Excel. */
  host?: string;
}

/** A context as the production code types it. The fake implements the members the add-in uses. */
export type ExcelContext = Excel.RequestContext;

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function buildSheet(id: string, initial: InitialSheet): FakeSheet {
  const sheet = newSheet(id, initial.name);
  sheet.visibility = initial.visibility ?? 'Visible';
  sheet.names = (initial.names ?? []).map((n) => ({ ...n }));
  const top = initial.firstRow ?? 0;
  const left = initial.firstColumn ?? 0;
  (initial.values ?? []).forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      sheet.cells[cellKey(top + r, left + c)] = { value, numberFormat: 'General', formula: false, format: {} };
    }),
  );
  return sheet;
}

export class FakeExcel {
  readonly host: FakeHost;
  excelApiVersion: string;
  officeHost: string;

  constructor(initialSheets: InitialSheet[], options: FakeExcelOptions = {}) {
    const sheets = initialSheets.map((s, i) => buildSheet(`initial-${i + 1}`, s));
    const state: FakeWorkbookState = {
      sheets,
      names: [],
      activeSheetId: sheets.find((s) => s.visibility === 'Visible')?.id ?? null,
      selection: null,
      calculationMode: 'Automatic',
    };
    this.host = new FakeHost(state);
    this.excelApiVersion = options.excelApiVersion ?? '1.12';
    this.officeHost = options.host ?? 'Excel';
  }

  get state(): FakeWorkbookState {
    return this.host.state;
  }

  /** A new request context over this workbook. */
  createContext(): FakeContext {
    const context = new FakeContext(this.host);
    context.workbook = new FakeWorkbook(context);
    return context;
  }

  /** Like Excel.run: runs the batch, then flushes what is still queued with a last sync. */
  async run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> {
    const context = this.createContext();
    const result = await batch(context as unknown as ExcelContext);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  }

  get syncCount(): number {
    return this.host.syncCount;
  }
  get syncs(): SyncRecord[] {
    return this.host.syncs;
  }
  get operations(): FakeOperation[] {
    return this.host.operations;
  }

  injectFailure(injection: FailureInjection): void {
    this.host.injectFailure(injection);
  }

  /** A deep copy of the workbook state, for before/after comparisons. */
  snapshot(): FakeWorkbookState {
    return JSON.parse(JSON.stringify(this.host.state)) as FakeWorkbookState;
  }

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  sheet(name: string): FakeSheet | undefined {
    return this.state.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The value of one cell (0-based), "" when empty. */
  cell(sheetName: string, row: number, col: number): FakeScalar {
    return this.sheet(sheetName)?.cells[cellKey(row, col)]?.value ?? '';
  }

  /** Sheet name of a chart series range (follows renames), e.g. "'Chart Data'!B3:B8". */
  describeRef(ref: { sheetId: string; firstRow: number; firstCol: number; lastRow: number; lastCol: number } | null): string | null {
    if (!ref) return null;
    const sheet = this.state.sheets.find((s) => s.id === ref.sheetId);
    const name = sheet ? sheet.name : '#REF';
    const a1 = (r: number, c: number) => `${letters(c)}${r + 1}`;
    const local = ref.firstRow === ref.lastRow && ref.firstCol === ref.lastCol ? a1(ref.firstRow, ref.firstCol) : `${a1(ref.firstRow, ref.firstCol)}:${a1(ref.lastRow, ref.lastCol)}`;
    return `${name}!${local}`;
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name !== 'ExcelApi') return false;
    return version === undefined || compareVersions(version, this.excelApiVersion) <= 0;
  }
}

function letters(col: number): string {
  let n = col + 1;
  let text = '';
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

/** Runtime enum objects the add-in may reference (Excel.ChartType.columnClustered, …). */
const EXCEL_ENUMS = {
  ChartType: { columnClustered: 'ColumnClustered', barClustered: 'BarClustered', line: 'Line', lineMarkers: 'LineMarkers' },
  ChartDisplayBlanksAs: { notPlotted: 'NotPlotted', zero: 'Zero', interplotted: 'Interplotted' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  ChartAxisType: { category: 'Category', value: 'Value', series: 'Series' },
  ChartAxisGroup: { primary: 'Primary', secondary: 'Secondary' },
  ChartLineStyle: { continuous: 'Continuous', dash: 'Dash', none: 'None' },
  ChartLegendPosition: { bottom: 'Bottom', right: 'Right', top: 'Top', left: 'Left' },
  SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
  CalculationMode: { automatic: 'Automatic', automaticExceptTables: 'AutomaticExceptTables', manual: 'Manual' },
  PageOrientation: { portrait: 'Portrait', landscape: 'Landscape' },
  PaperType: { a4: 'A4', letter: 'Letter' },
  ErrorCodes: { itemNotFound: 'ItemNotFound', propertyNotLoaded: 'PropertyNotLoaded', itemAlreadyExists: 'ItemAlreadyExists' },
};

/**
 * Defines `Excel` (run + enums) and a minimal `Office` (onReady, context.requirements) on the
 * given global object, backed by a new fake workbook holding `initialSheets`. Returns the fake.
 */
export function installFakeExcel(globalObject: object, initialSheets: InitialSheet[] = [], options: FakeExcelOptions = {}): FakeExcel {
  const fake = new FakeExcel(initialSheets, options);
  const target = globalObject as Record<string, unknown>;
  target.Excel = {
    ...EXCEL_ENUMS,
    run: <T>(batch: (context: ExcelContext) => Promise<T>) => fake.run(batch),
  };
  target.Office = {
    HostType: { Excel: 'Excel' },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host: fake.officeHost, platform: 'OfficeOnline' };
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      requirements: { isSetSupported: (name: string, version?: string) => fake.isSetSupported(name, version) },
    },
  };
  return fake;
}

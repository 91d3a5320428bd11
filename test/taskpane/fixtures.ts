/** Fake Excel operations and a hand-made build outcome for the component tests. */
import type { Problem } from '../../src/engine/types';
import type { BuildOutcome, TaskpaneOperations } from '../../src/taskpane/operations';

export function fakeOperations(overrides: Partial<TaskpaneOperations> = {}): jest.Mocked<TaskpaneOperations> {
  return {
    buildInExcel: jest.fn(),
    createBlankSourceSheets: jest.fn().mockResolvedValue(undefined),
    insertSampleData: jest.fn().mockResolvedValue(undefined),
    openSettings: jest.fn().mockResolvedValue(undefined),
    selectProblemCell: jest.fn().mockResolvedValue(true),
    detectHost: jest.fn().mockReturnValue({ ok: true }),
    surveyLists: jest.fn().mockResolvedValue({ lists: [], missing: [], errors: [] }),
    planNewQuarter: jest.fn().mockResolvedValue({ entries: [] }),
    startNewQuarter: jest.fn().mockResolvedValue({ cleared: [] }),
    ...overrides,
  } as jest.Mocked<TaskpaneOperations>;
}

export const DATE_PROBLEM: Problem = {
  list: 3,
  sheet: 'List 3',
  row: 17,
  column: 'Date of Referral',
  columnIndex: 4,
  value: '31/02/2021',
  message: 'not a date',
  severity: 'error',
  excluded: true,
};

export const MISSING_LIST_PROBLEM: Problem = {
  list: 8,
  sheet: null,
  row: null,
  column: null,
  value: null,
  message: 'List 8 (Children in care) was not found in the workbook',
  severity: 'warning',
};

/** 21 of 23 indicators, 3 problems counted (2 listed), 1,234 + 56 rows read, 2.5 s. */
export function sampleOutcome(): BuildOutcome {
  return {
    results: {
      generator: { name: 'csc-report-builder', version: '0.1.0' },
      authority: 'Worcestershire',
      period: { financialYear: '2021/22', quarter: 2, start: '2021-04-01', end: '2021-09-30', previousQuarterEnd: '2021-06-30' },
      threshold: 10,
      indicators: [],
      districts: { names: [], blocks: [] },
      problems: { count: 3, items: [DATE_PROBLEM, MISSING_LIST_PROBLEM] },
    },
    problems: [DATE_PROBLEM, MISSING_LIST_PROBLEM],
    problemCount: 3,
    listsRead: [
      { list: 1, sheet: 'Contacts', rowsRead: 1234, rowsExcluded: 2, columns: [], earliest: {} },
      { list: 3, sheet: 'List 3', rowsRead: 56, rowsExcluded: 1, columns: [], earliest: {} },
    ],
    indicatorsAvailable: 21,
    durationMs: 2500,
  } as unknown as BuildOutcome;
}

/** A promise whose resolution the test controls, to hold a build mid-way. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void; reject(error: unknown): void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

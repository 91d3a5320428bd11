/**
 * Types shared by every part of the engine. The engine is pure: it sees worksheet values as
 * 2-D arrays (what Excel's `range.values` gives, or what the command line reads from .xlsx/.csv)
 * and never touches Office.js or the file system.
 */

/** One cell as a worksheet gives it. `Date` comes from .xlsx readers; Excel gives serial numbers. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** A worksheet's used range, row by row. values[0] is worksheet row `firstRow` (1 when omitted). */
export interface SourceSheet {
  name: string;
  values: CellValue[][];
  /** Worksheet row number of values[0]; 1 unless the used range starts lower. */
  firstRow?: number;
  /** Worksheet column index (0 = A) of values[r][0]; 0 unless the used range starts further right. */
  firstColumn?: number;
  /** True when some rows of the sheet are hidden (a filter, or rows hidden by hand): still read, with a warning. */
  hiddenRows?: boolean;
}

/**
 * A calendar date as a whole number of days since 1970-01-01 (a UTC calendar day).
 * Integers make "open at d", month ends and working-day counts exact and fast.
 */
export type Day = number;

/** The Annex A lists the product reads (2, 5, 10 and 11 are accepted and ignored). */
export type ListNumber = 1 | 3 | 4 | 6 | 7 | 8 | 9;
export const LIST_NUMBERS: readonly ListNumber[] = [1, 3, 4, 6, 7, 8, 9];

export const LIST_NAMES: Record<ListNumber, string> = {
  1: 'Contacts',
  3: 'Referrals',
  4: 'Assessments',
  6: 'Children in need',
  7: 'Child protection',
  8: 'Children in care',
  9: 'Care leavers',
};

/**
 * A problem found in the extracts. `row` is the worksheet row number as the user sees it;
 * `column` the heading as found on the sheet; `value` the offending cell as text, or null when
 * the cell is child-identifying (ID, date of birth, postcode): such values never leave the engine.
 */
export interface Problem {
  list: ListNumber | null;
  sheet: string | null;
  row: number | null;
  column: string | null;
  /** Worksheet column index (0 = A) of the cell, so the add-in can select it. */
  columnIndex?: number | null;
  value: string | null;
  message: string;
  severity: 'error' | 'warning';
  /** True when the row was left out of every figure because of this problem. */
  excluded?: boolean;
}

/** Progress callback used by long-running steps (command line prints it; the task pane shows it). */
export type ProgressFn = (step: string, fraction: number) => void;

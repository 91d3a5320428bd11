/** What the add-in's operations return to the task pane. */
import type { ListReadInfo } from '../engine/lists';
import type { Problem } from '../engine/types';
import type { Results } from '../engine/results';

export interface BuildOutcome {
  results: Results;
  /** Settings-sheet problems, then the build's (the first 200 listed). */
  problems: Problem[];
  /** All problems counted (settings + build). */
  problemCount: number;
  listsRead: ListReadInfo[];
  /** Indicators with a result (of 23). */
  indicatorsAvailable: number;
  durationMs: number;
}

export interface BuildInExcelOptions {
  financialYear?: number | null;
  quarter?: 1 | 2 | 3 | 4 | null;
  authority?: string;
}

export interface CreatedSheets {
  created: string[];
  /** Sheets that already existed and were left alone. */
  skipped: string[];
}

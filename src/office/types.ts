/** What the add-in's operations return to the task pane. */
import type { ListReadInfo } from '../engine/lists';
import type { Problem } from '../engine/types';
import type { Results } from '../engine/results';
import type { SettingsChoices } from '../engine/settings/layers';

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

/** The pane's choices for a build: the engine's settings choices the pane offers (src/engine/settings/layers.ts). */
export type BuildInExcelOptions = Pick<SettingsChoices, 'financialYear' | 'quarter' | 'authority'>;

export interface CreatedSheets {
  created: string[];
  /** Sheets that already existed and were left alone. */
  skipped: string[];
}

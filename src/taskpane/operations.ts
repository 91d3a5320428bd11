/**
 * The Excel operations the task pane calls, gathered behind one interface so the components
 * receive them as a prop: component tests pass plain jest.fn() fakes and never load Office.js.
 * The real implementations live in src/office (Excel.run orchestration).
 */
import type { Problem } from '../engine/types';
import type { BuildInExcelOptions, BuildOutcome } from '../office/types';
import type { ClearedLists, ListsSurvey, NewQuarterPlan } from '../office';
import {
  buildInExcel, createBlankSourceSheets, detectHost, insertSampleData, openSettings, planNewQuarter, selectProblemCell, startNewQuarter, surveyLists,
} from '../office';

/** What the pane asks a build for: the add-in's build options, one type. */
export type BuildRequest = BuildInExcelOptions;

export type { BuildOutcome, ClearedLists, ListsSurvey, NewQuarterPlan };

export interface TaskpaneOperations {
  buildInExcel(options: BuildRequest, onProgress: (step: string, fraction: number) => void): Promise<BuildOutcome>;
  createBlankSourceSheets(): Promise<unknown>;
  insertSampleData(scale?: number): Promise<unknown>;
  openSettings(): Promise<unknown>;
  /** Resolves false when the problem names no cell to select. */
  selectProblemCell(problem: Problem): Promise<boolean>;
  detectHost(): { ok: boolean; message?: string };
  /** What the build would read: each list's sheet, rows, date range and list-level warnings. */
  surveyLists(): Promise<ListsSurvey>;
  /** The sheets and rows "Start a new quarter" would clear (nothing is changed). */
  planNewQuarter(): Promise<NewQuarterPlan>;
  /** Clears the data rows of the plan's sheets, keeping their headings. */
  startNewQuarter(plan: NewQuarterPlan): Promise<ClearedLists>;
}

export const officeOperations: TaskpaneOperations = {
  buildInExcel,
  createBlankSourceSheets,
  insertSampleData,
  openSettings,
  selectProblemCell,
  detectHost,
  surveyLists,
  planNewQuarter,
  startNewQuarter,
};

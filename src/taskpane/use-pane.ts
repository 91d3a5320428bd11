/**
 * Wires the reducer (state.ts) to the Excel operations: each handler dispatches "started",
 * awaits the operation and dispatches the outcome. Components only call these handlers.
 */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Problem } from '../engine/types';
import type { TaskpaneOperations } from './operations';
import { errorMessage, initialState, isBusy, paneReducer, type FormValues, type PaneState } from './state';
import { toBuildRequest } from './build-request';

export interface PaneHandlers {
  state: PaneState;
  changeForm(changes: Partial<FormValues>): void;
  build(): Promise<void>;
  createBlankSheets(): Promise<void>;
  insertSample(): Promise<void>;
  openSettings(): Promise<void>;
  selectProblem(problem: Problem): Promise<void>;
}

export interface PaneSetup {
  inExcel: boolean;
  operations: TaskpaneOperations;
  /** The authority the settings name, shown in the form until the analyst changes it. */
  authority: string;
}

export function usePane({ inExcel, operations, authority }: PaneSetup): PaneHandlers {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialState({ inExcel, ...(inExcel ? operations.detectHost() : { ok: true }) }, { financialYear: '', quarter: '', authority }),
  );
  // Handlers read the latest state through a ref so they stay stable across renders.
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  }, [state]);

  const changeForm = useCallback((changes: Partial<FormValues>) => dispatch({ type: 'form-changed', changes }), []);

  const build = useCallback(async () => {
    const current = stateRef.current;
    if (current.status === 'outside-excel' || current.status === 'building' || isBusy(current)) return;
    dispatch({ type: 'build-started' });
    try {
      const outcome = await operations.buildInExcel(toBuildRequest(current.form, authority), (step, fraction) =>
        dispatch({ type: 'build-progress', step, fraction }),
      );
      dispatch({ type: 'build-succeeded', outcome });
    } catch (error) {
      dispatch({ type: 'build-failed', message: errorMessage(error) });
    }
  }, [operations, authority]);

  const runAction = useCallback(async (label: string, run: () => Promise<unknown>, notice: string) => {
    const current = stateRef.current;
    if (current.status === 'outside-excel' || current.status === 'building' || isBusy(current)) return;
    dispatch({ type: 'action-started', label });
    try {
      await run();
      dispatch({ type: 'action-succeeded', notice });
    } catch (error) {
      dispatch({ type: 'action-failed', message: errorMessage(error) });
    }
  }, []);

  const createBlankSheets = useCallback(
    () => runAction('blank', () => operations.createBlankSourceSheets(), 'Blank source sheets created: paste each Annex A list under its headings.'),
    [operations, runAction],
  );
  const insertSample = useCallback(
    () => runAction('sample', () => operations.insertSampleData(), 'Sample data inserted: synthetic lists, no real children. Build report to try it.'),
    [operations, runAction],
  );
  const openSettings = useCallback(
    () => runAction('settings', () => operations.openSettings(), 'The Report Settings sheet is open: edit it, then build again.'),
    [operations, runAction],
  );

  const selectProblem = useCallback(
    async (problem: Problem) => {
      try {
        const selected = await operations.selectProblemCell(problem);
        if (!selected) dispatch({ type: 'problem-not-selected', message: 'the problem names no cell.' });
      } catch (error) {
        dispatch({ type: 'problem-not-selected', message: errorMessage(error) });
      }
    },
    [operations],
  );

  return { state, changeForm, build, createBlankSheets, insertSample, openSettings, selectProblem };
}

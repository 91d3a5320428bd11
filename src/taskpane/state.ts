/**
 * The task pane's state machine, kept out of the components: a pure reducer that the tests can
 * drive action by action. outside-excel → (never leaves); idle → building → done | failed; from
 * done or failed the analyst can build again. Secondary actions (blank sheets, sample data,
 * settings) run from idle/done/failed and leave a notice or a failure.
 */
import type { BuildOutcome } from '../office/types';

export interface FormValues {
  /** Select values: "" = decided by the engine ("From the data", "Last complete quarter"). */
  financialYear: string;
  quarter: string;
  authority: string;
}

/** A one-line message under the buttons: the result of a secondary action, or a minor failure. */
export interface Notice {
  intent: 'success' | 'warning';
  text: string;
}

export type PaneState =
  | { status: 'outside-excel'; reason: string | null }
  | { status: 'idle'; form: FormValues; busyAction: string | null; notice: Notice | null }
  | { status: 'building'; form: FormValues; step: string; fraction: number }
  | { status: 'done'; form: FormValues; outcome: BuildOutcome; busyAction: string | null; notice: Notice | null }
  | { status: 'failed'; form: FormValues; message: string; busyAction: string | null };

export type PaneAction =
  | { type: 'form-changed'; changes: Partial<FormValues> }
  | { type: 'build-started' }
  | { type: 'build-progress'; step: string; fraction: number }
  | { type: 'build-succeeded'; outcome: BuildOutcome }
  | { type: 'build-failed'; message: string }
  | { type: 'action-started'; label: string }
  | { type: 'action-succeeded'; notice: string }
  | { type: 'action-failed'; message: string }
  | { type: 'problem-not-selected'; message: string };

export const EMPTY_FORM: FormValues = { financialYear: '', quarter: '', authority: '' };

/** Where the pane starts: the host check decides between the normal pane and the explanation page. */
export function initialState(host: { inExcel: boolean; ok: boolean; message?: string }, form: FormValues): PaneState {
  if (!host.inExcel) return { status: 'outside-excel', reason: null };
  if (!host.ok) return { status: 'outside-excel', reason: host.message ?? 'This version of Excel cannot run the add-in.' };
  return { status: 'idle', form, busyAction: null, notice: null };
}

/** A progress fraction the bar can show: finite and between 0 and 1. */
function clampFraction(fraction: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(1, Math.max(0, fraction));
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  if (state.status === 'outside-excel') return state;
  switch (action.type) {
    case 'form-changed':
      return { ...state, form: { ...state.form, ...action.changes } };
    case 'build-started':
      if (state.status === 'building' || isBusy(state)) return state;
      return { status: 'building', form: state.form, step: 'Starting', fraction: 0 };
    case 'build-progress':
      if (state.status !== 'building') return state;
      // Never let the bar move backwards: steps report their own fractions and may overlap.
      return { ...state, step: action.step, fraction: Math.max(state.fraction, clampFraction(action.fraction)) };
    case 'build-succeeded':
      if (state.status !== 'building') return state;
      return { status: 'done', form: state.form, outcome: action.outcome, busyAction: null, notice: null };
    case 'build-failed':
      if (state.status !== 'building') return state;
      return { status: 'failed', form: state.form, message: action.message, busyAction: null };
    case 'action-started':
      if (state.status === 'building' || isBusy(state)) return state;
      if (state.status === 'failed') return { status: 'idle', form: state.form, busyAction: action.label, notice: null };
      return { ...state, busyAction: action.label, notice: null };
    case 'action-succeeded':
      if (state.status === 'building') return state;
      if (state.status === 'failed') return { status: 'idle', form: state.form, busyAction: null, notice: success(action.notice) };
      return { ...state, busyAction: null, notice: success(action.notice) };
    case 'action-failed':
      if (state.status === 'building') return state;
      return { status: 'failed', form: state.form, message: action.message, busyAction: null };
    case 'problem-not-selected':
      // Keep the summary on screen: failing to jump to one cell is not a failed build.
      if (state.status !== 'done') return state;
      return { ...state, notice: { intent: 'warning', text: `Could not select that cell: ${action.message}` } };
  }
}

function success(text: string): Notice {
  return { intent: 'success', text };
}

/** True while a secondary action runs (its button shows a spinner; everything else waits). */
export function isBusy(state: PaneState): boolean {
  return 'busyAction' in state && state.busyAction !== null;
}

/** The message to show for anything thrown by an operation (Office errors carry `message` too). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string') return error.message;
  return 'The operation failed for an unknown reason.';
}

import { EMPTY_FORM, errorMessage, initialState, isBusy, paneReducer, type PaneState } from '../../src/taskpane/state';
import { sampleOutcome } from './fixtures';

const idle = initialState({ inExcel: true, ok: true }, { ...EMPTY_FORM, authority: 'Worcestershire' });

describe('pane state machine', () => {
  test('initial state: idle in a capable Excel, outside-excel otherwise', () => {
    expect(idle).toEqual({ status: 'idle', form: { financialYear: '', quarter: '', authority: 'Worcestershire' }, busyAction: null, notice: null });
    expect(initialState({ inExcel: false, ok: true }, EMPTY_FORM)).toEqual({ status: 'outside-excel', reason: null });
    expect(initialState({ inExcel: true, ok: false, message: 'needs ExcelApi 1.12' }, EMPTY_FORM)).toEqual({
      status: 'outside-excel',
      reason: 'needs ExcelApi 1.12',
    });
  });

  test('idle → building → done, progress clamped to 0..1 and never backwards', () => {
    let state: PaneState = paneReducer(idle, { type: 'build-started' });
    expect(state).toMatchObject({ status: 'building', step: 'Starting', fraction: 0 });
    state = paneReducer(state, { type: 'build-progress', step: 'Reading', fraction: 0.4 });
    state = paneReducer(state, { type: 'build-progress', step: 'Charts', fraction: 0.3 });
    expect(state).toMatchObject({ step: 'Charts', fraction: 0.4 });
    state = paneReducer(state, { type: 'build-progress', step: 'Swap', fraction: 7 });
    expect(state).toMatchObject({ fraction: 1 });
    const outcome = sampleOutcome();
    state = paneReducer(state, { type: 'build-succeeded', outcome });
    expect(state).toEqual({ status: 'done', form: idle.status === 'idle' ? idle.form : EMPTY_FORM, outcome, busyAction: null, notice: null });
  });

  test('building → failed keeps the form', () => {
    const building = paneReducer(paneReducer(idle, { type: 'form-changed', changes: { quarter: '3' } }), { type: 'build-started' });
    expect(paneReducer(building, { type: 'build-failed', message: 'boom' })).toEqual({
      status: 'failed',
      form: { financialYear: '', quarter: '3', authority: 'Worcestershire' },
      message: 'boom',
      busyAction: null,
    });
  });

  test('no second build or action while one runs', () => {
    const building = paneReducer(idle, { type: 'build-started' });
    expect(paneReducer(building, { type: 'build-started' })).toBe(building);
    expect(paneReducer(building, { type: 'action-started', label: 'sample' })).toBe(building);
    const busy = paneReducer(idle, { type: 'action-started', label: 'sample' });
    expect(isBusy(busy)).toBe(true);
    expect(paneReducer(busy, { type: 'build-started' })).toBe(busy);
  });

  test('a secondary action from failed returns to idle with a success notice', () => {
    const failed: PaneState = { status: 'failed', form: EMPTY_FORM, message: 'x', busyAction: null };
    const running = paneReducer(failed, { type: 'action-started', label: 'blank' });
    expect(running).toEqual({ status: 'idle', form: EMPTY_FORM, busyAction: 'blank', notice: null });
    expect(paneReducer(running, { type: 'action-succeeded', notice: 'made' })).toEqual({
      status: 'idle',
      form: EMPTY_FORM,
      busyAction: null,
      notice: { intent: 'success', text: 'made' },
    });
  });

  test('outside Excel nothing changes the state', () => {
    const outside: PaneState = { status: 'outside-excel', reason: null };
    expect(paneReducer(outside, { type: 'build-started' })).toBe(outside);
  });

  test('error messages from Error, string, Office-like objects, or nothing', () => {
    expect(errorMessage(new Error('bad'))).toBe('bad');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage({ code: 'InvalidArgument', message: 'Office said no' })).toBe('Office said no');
    expect(errorMessage(undefined)).toBe('The operation failed for an unknown reason.');
  });
});

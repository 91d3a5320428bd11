/**
 * "Start a new quarter" (issue 10): plan (read only) → the analyst confirms the sheets and row
 * counts → clear. Cancel leaves the workbook as it was.
 */
import { useCallback, useState } from 'react';
import type { ClearedLists, NewQuarterPlan, TaskpaneOperations } from './operations';
import { errorMessage } from './state';

export type QuarterState =
  | { status: 'idle' }
  | { status: 'planning' }
  | { status: 'confirm'; plan: NewQuarterPlan }
  | { status: 'clearing'; plan: NewQuarterPlan }
  | { status: 'cleared'; cleared: ClearedLists }
  | { status: 'nothing' }
  | { status: 'failed'; message: string };

export function useNewQuarter(operations: TaskpaneOperations, onCleared: () => void) {
  const [state, setState] = useState<QuarterState>({ status: 'idle' });
  const start = useCallback(async () => {
    setState({ status: 'planning' });
    try {
      const plan = await operations.planNewQuarter();
      setState(plan.entries.length === 0 ? { status: 'nothing' } : { status: 'confirm', plan });
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  }, [operations]);
  const confirm = useCallback(async () => {
    if (state.status !== 'confirm') return;
    const plan = state.plan;
    setState({ status: 'clearing', plan });
    try {
      const cleared = await operations.startNewQuarter(plan);
      setState({ status: 'cleared', cleared });
      onCleared();
    } catch (error) {
      setState({ status: 'failed', message: errorMessage(error) });
    }
  }, [operations, state, onCleared]);
  const cancel = useCallback(() => setState({ status: 'idle' }), []);
  return { state, start, confirm, cancel };
}

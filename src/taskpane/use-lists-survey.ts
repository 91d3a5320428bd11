/**
 * The pre-build list summary's state (issue 10): asks the workbook what the build would read,
 * when the pane opens and whenever `revision` changes (after a build, sample data, a new quarter),
 * and on "Check again". Kept apart from the build's reducer: it never blocks a build.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListsSurvey, TaskpaneOperations } from './operations';
import { errorMessage } from './state';

export type SurveyState =
  | { status: 'loading'; survey: ListsSurvey | null }
  | { status: 'ready'; survey: ListsSurvey }
  | { status: 'failed'; message: string };

export function useListsSurvey(operations: TaskpaneOperations, enabled: boolean, revision: string) {
  const [state, setState] = useState<SurveyState>({ status: 'loading', survey: null });
  // Only the latest request may set the state (an older one can finish later).
  const latest = useRef(0);
  const refresh = useCallback(async () => {
    const request = ++latest.current;
    setState((current) => ({ status: 'loading', survey: current.status === 'failed' ? null : current.survey }));
    try {
      const survey = await operations.surveyLists();
      if (request === latest.current) setState({ status: 'ready', survey });
    } catch (error) {
      if (request === latest.current) setState({ status: 'failed', message: errorMessage(error) });
    }
  }, [operations]);
  useEffect(() => {
    if (enabled) void refresh();
  }, [enabled, revision, refresh]);
  return { state, refresh };
}

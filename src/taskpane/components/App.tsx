/**
 * The task pane. All state lives in usePane (state.ts reducer); this file only lays out the
 * pieces that each state shows.
 */
import { Divider, FluentProvider, Subtitle2, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { TaskpaneOperations } from '../operations';
import { usePane } from '../use-pane';
import { isBusy } from '../state';
import { OutsideExcel } from './OutsideExcel';
import { PeriodForm } from './PeriodForm';
import { BuildButton } from './BuildButton';
import { ProgressPanel } from './ProgressPanel';
import { SummaryPanel } from './SummaryPanel';
import { ProblemsList } from './ProblemsList';
import { SecondaryActions } from './SecondaryActions';
import { ErrorBar } from './ErrorBar';
import { NoticeBar } from './NoticeBar';
import { ListsFound } from './ListsFound';
import { NewQuarter } from './NewQuarter';
import { useListsSurvey } from '../use-lists-survey';
import { useNewQuarter } from '../use-new-quarter';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
  heading: { margin: 0 },
});

export interface AppProps {
  /** Office.onReady said the host is Excel. */
  inExcel: boolean;
  operations: TaskpaneOperations;
  /** Prefill for the authority field (from the settings). */
  authority: string;
}

export function App(props: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <Pane {...props} />
    </FluentProvider>
  );
}

function Pane({ inExcel, operations, authority }: AppProps) {
  const pane = usePane({ inExcel, operations, authority });
  const { state } = pane;
  if (state.status === 'outside-excel') return <OutsideExcel reason={state.reason} />;

  const building = state.status === 'building';
  const busy = isBusy(state);
  return <InExcelPane pane={pane} operations={operations} building={building} busy={busy} />;
}

function InExcelPane({ pane, operations, building, busy }: { pane: ReturnType<typeof usePane>; operations: TaskpaneOperations; building: boolean; busy: boolean }) {
  const styles = useStyles();
  const { state } = pane;
  // Ask the workbook again after anything that changes its lists: a build, a secondary action.
  const revision = `${state.status}|${'notice' in state && state.notice ? state.notice.text : ''}`;
  const survey = useListsSurvey(operations, !building && !busy, revision);
  const quarter = useNewQuarter(operations, () => void survey.refresh());
  if (state.status === 'outside-excel') return null;
  return (
    <main className={styles.pane}>
      <Subtitle2 as="h1" className={styles.heading}>
        Performance report
      </Subtitle2>
      <PeriodForm values={state.form} disabled={building || busy} onChange={pane.changeForm} />
      <ListsFound state={survey.state} disabled={building || busy} onRefresh={() => void survey.refresh()} />
      <BuildButton building={building} disabled={busy} onBuild={() => void pane.build()} />
      {state.status === 'building' && <ProgressPanel step={state.step} fraction={state.fraction} />}
      {state.status === 'failed' && <ErrorBar message={state.message} />}
      {'notice' in state && state.notice && <NoticeBar notice={state.notice} />}
      {state.status === 'done' && (
        <>
          <SummaryPanel outcome={state.outcome} />
          <ProblemsList problems={state.outcome.problems} total={state.outcome.problemCount} onSelect={(p) => void pane.selectProblem(p)} />
        </>
      )}
      <Divider />
      <SecondaryActions
        busyAction={'busyAction' in state ? state.busyAction : null}
        disabled={building}
        onCreateBlankSheets={() => void pane.createBlankSheets()}
        onInsertSample={() => void pane.insertSample()}
        onOpenSettings={() => void pane.openSettings()}
      />
      <NewQuarter
        state={quarter.state}
        disabled={building || busy}
        onStart={() => void quarter.start()}
        onConfirm={() => void quarter.confirm()}
        onCancel={quarter.cancel}
      />
    </main>
  );
}

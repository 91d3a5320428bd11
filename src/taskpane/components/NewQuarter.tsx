/**
 * "Start a new quarter" (issue 10): clears last quarter's rows from the source lists so this
 * quarter's paste cannot leave old rows below it. The confirmation names every sheet and how
 * many rows go; headings, settings, lookups and the analyst's own sheets stay.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { formatCount } from '../format';
import type { QuarterState } from '../use-new-quarter';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface NewQuarterProps {
  state: QuarterState;
  disabled: boolean;
  onStart(): void;
  onConfirm(): void;
  onCancel(): void;
}

const rows = (n: number): string => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;

export function NewQuarter({ state, disabled, onStart, onConfirm, onCancel }: NewQuarterProps) {
  const styles = useStyles();
  const working = state.status === 'planning' || state.status === 'clearing';
  if (state.status === 'confirm' || state.status === 'clearing') {
    const { entries } = state.plan;
    const total = entries.reduce((sum, entry) => sum + entry.rows, 0);
    return (
      <MessageBar intent="warning" layout="multiline" role="alertdialog" aria-label="Start a new quarter?">
        <MessageBarBody>
          <MessageBarTitle>Start a new quarter?</MessageBarTitle>
          This clears {rows(total)} from {entries.length === 1 ? 'one list' : `${entries.length} lists`}:
          <ul className={styles.list}>
            {entries.map((entry) => (
              <li key={entry.sheet}>
                Sheet &ldquo;{entry.sheet}&rdquo; (List {entry.list}: {entry.name}): {rows(entry.rows)} below the headings in row {entry.headingRow}
              </li>
            ))}
          </ul>
          Headings, Report Settings, lookups and your other sheets are kept. Excel cannot undo this: save a copy first if you may need last quarter&apos;s lists.
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" appearance="primary" disabled={working} icon={state.status === 'clearing' ? <Spinner size="extra-tiny" /> : undefined} onClick={onConfirm}>
            Clear {entries.length === 1 ? 'the list' : `${entries.length} lists`}
          </Button>
          <Button size="small" disabled={working} onClick={onCancel}>
            Cancel
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  return (
    <div>
      <Button size="small" disabled={disabled || working} icon={working ? <Spinner size="extra-tiny" /> : undefined} onClick={onStart}>
        Start a new quarter
      </Button>
      {state.status === 'cleared' && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            Cleared {state.cleared.cleared.map((c) => `"${c.sheet}" (${rows(c.rows)})`).join(', ')}. Paste this quarter&apos;s extracts under the headings, then build.
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'nothing' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>No list holds any rows: nothing to clear.</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>Could not start a new quarter: {state.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

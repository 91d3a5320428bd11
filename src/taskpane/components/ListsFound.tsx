/**
 * Before the build (issue 10): what the workbook holds, list by list — sheet, rows, date range —
 * and the warnings that matter before building: a list older than the others, last quarter's
 * rows left under a new paste, hidden rows. Nothing here changes the workbook.
 */
import {
  Button, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import { LIST_NAMES } from '../../engine/types';
import { formatCount, formatDateRange } from '../format';
import { ListsTableHeader } from './ListsTableHeader';
import type { SurveyState } from '../use-lists-survey';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  table: { tableLayout: 'auto' },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  nowrap: { whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ListsFoundProps {
  state: SurveyState;
  disabled: boolean;
  onRefresh(): void;
}

export function ListsFound({ state, disabled, onRefresh }: ListsFoundProps) {
  const styles = useStyles();
  const survey = state.status === 'failed' ? null : state.survey;
  const warnings = survey ? survey.lists.flatMap((list) => list.warnings.map((text) => ({ list: list.list, text }))) : [];
  return (
    <section aria-label="Lists found" className={styles.section}>
      <div className={styles.header}>
        <Text weight="semibold">Lists found</Text>
        <Button size="small" appearance="subtle" disabled={disabled || state.status === 'loading'} onClick={onRefresh}
          icon={state.status === 'loading' ? <Spinner size="extra-tiny" /> : undefined}>
          Check again
        </Button>
      </div>
      {state.status === 'failed' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>Could not read the lists: {state.message}</MessageBarBody>
        </MessageBar>
      )}
      {survey && survey.lists.length > 0 && (
        <Table size="extra-small" aria-label="Lists the build will read" className={styles.table}>
          <ListsTableHeader last="Dates" numberClassName={styles.number} lastIsNumber={false} />
          <TableBody>
            {survey.lists.map((list) => (
              <TableRow key={list.list} data-testid={`list-${list.list}`}>
                <TableCell className={styles.nowrap}>
                  {list.list} {list.name}
                </TableCell>
                <TableCell>{list.sheet}</TableCell>
                <TableCell className={styles.number}>{formatCount(list.rows)}</TableCell>
                <TableCell>{formatDateRange(list.earliest, list.latest)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {survey && survey.lists.length === 0 && state.status === 'ready' && (
        <Text className={styles.muted}>No Annex A lists yet: paste them into sheets named like &ldquo;List 1&rdquo; or &ldquo;Contacts&rdquo;, or insert the sample data.</Text>
      )}
      {survey && survey.missing.length > 0 && survey.lists.length > 0 && (
        <Text size={200} className={styles.muted}>
          Not found: {survey.missing.map((list) => `List ${list} (${LIST_NAMES[list]})`).join(', ')}: their indicators will be shown as not available.
        </Text>
      )}
      {warnings.map((warning, i) => (
        <MessageBar key={`${warning.list}-${i}`} intent="warning" layout="multiline" role="status">
          <MessageBarBody>{warning.text}</MessageBarBody>
        </MessageBar>
      ))}
      {survey?.errors.map((error, i) => (
        <MessageBar key={`error-${i}`} intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}

/** After a build: what went in (lists and rows), what came out (indicators), what to look at (problems). */
import { Table, TableBody, TableCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BuildOutcome } from '../operations';
import { formatCount, formatDuration } from '../format';
import { ListsTableHeader } from './ListsTableHeader';
import { LIST_NAMES } from '../../engine/types';

/** The number of indicators the report defines (indicators.md). */
export const INDICATOR_COUNT = 23;

const useStyles = makeStyles({
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  // Auto layout: the list names need more room than the row counts in a 320 px pane.
  table: { tableLayout: 'auto', marginTop: tokens.spacingVerticalS },
  name: { whiteSpace: 'nowrap' },
});

export interface SummaryPanelProps {
  outcome: BuildOutcome;
}

export function SummaryPanel({ outcome }: SummaryPanelProps) {
  const styles = useStyles();
  const { results } = outcome;
  return (
    <section aria-label="Build summary">
      <dl className={styles.facts}>
        <dt className={styles.term}>Authority</dt>
        <dd className={styles.value}>{results.authority}</dd>
        <dt className={styles.term}>Period</dt>
        <dd className={styles.value}>
          Quarter {results.period.quarter} {results.period.financialYear}
        </dd>
        <dt className={styles.term}>Indicators available</dt>
        <dd className={styles.value} data-testid="indicators-available">
          {outcome.indicatorsAvailable}/{INDICATOR_COUNT}
        </dd>
        <dt className={styles.term}>Problems</dt>
        <dd className={styles.value} data-testid="problems-count">
          {formatCount(outcome.problemCount)}
        </dd>
        <dt className={styles.term}>Time taken</dt>
        <dd className={styles.value}>{formatDuration(outcome.durationMs)}</dd>
      </dl>
      <Table size="extra-small" aria-label="Lists read" className={styles.table}>
        <ListsTableHeader last="Excluded" numberClassName={styles.number} lastIsNumber />
        <TableBody>
          {outcome.listsRead.map((list) => (
            <TableRow key={list.list}>
              <TableCell className={styles.name}>
                {list.list} {LIST_NAMES[list.list]}
              </TableCell>
              <TableCell>{list.sheet}</TableCell>
              <TableCell className={styles.number}>{formatCount(list.rowsRead)}</TableCell>
              <TableCell className={styles.number}>{formatCount(list.rowsExcluded)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {outcome.listsRead.length === 0 && <Text>No Annex A lists were found in this workbook.</Text>}
    </section>
  );
}

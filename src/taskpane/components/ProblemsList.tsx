/** The first 200 problems; each one that names a cell is a button that selects it in the source sheet. */
import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Problem } from '../../engine/types';
import { LISTED_PROBLEMS } from '../../engine/results';
import { canSelect, formatCount, problemLocation } from '../format';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  item: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'left', width: '100%', justifyContent: 'flex-start' },
  plain: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` },
  location: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ProblemsListProps {
  problems: Problem[];
  total: number;
  onSelect(problem: Problem): void;
}

export function ProblemsList({ problems, total, onSelect }: ProblemsListProps) {
  const styles = useStyles();
  if (total === 0) return <Text>No problems found in the lists.</Text>;
  const shown = problems.slice(0, LISTED_PROBLEMS);
  return (
    <section aria-label="Problems">
      <Caption1>
        {shown.length < total ? `First ${formatCount(shown.length)} of ${formatCount(total)} problems` : total === 1 ? '1 problem' : `${formatCount(total)} problems`}
        {' — click one to go to the cell.'}
      </Caption1>
      <ul className={styles.list}>
        {shown.map((problem, index) => (
          <li key={index}>{renderProblem(problem, styles, onSelect)}</li>
        ))}
      </ul>
    </section>
  );
}

function renderProblem(problem: Problem, styles: ReturnType<typeof useStyles>, onSelect: (problem: Problem) => void) {
  const content = (
    <>
      <Caption1 className={styles.location}>{problemLocation(problem)}</Caption1>
      <Text size={200} className={problem.severity === 'error' ? styles.error : undefined}>
        {problem.message}
      </Text>
    </>
  );
  if (!canSelect(problem)) return <div className={styles.plain}>{content}</div>;
  return (
    <Button appearance="subtle" size="small" className={styles.item} onClick={() => onSelect(problem)}>
      {content}
    </Button>
  );
}

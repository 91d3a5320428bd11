/** Set-up helpers for a first-time user: blank lists, synthetic sample data, the settings sheet. */
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface SecondaryActionsProps {
  /** Which action is running ('blank' | 'sample' | 'settings'), so only its button spins. */
  busyAction: string | null;
  disabled: boolean;
  onCreateBlankSheets(): void;
  onInsertSample(): void;
  onOpenSettings(): void;
}

export function SecondaryActions(props: SecondaryActionsProps) {
  const styles = useStyles();
  const blocked = props.disabled || props.busyAction !== null;
  // A spinner is a progressbar to assistive technology: it needs a name (axe aria-progressbar-name).
  const spinnerFor = (name: string) => (props.busyAction === name ? <Spinner size="extra-tiny" aria-label="Working" /> : undefined);
  return (
    <div className={styles.row}>
      <Button size="small" disabled={blocked} icon={spinnerFor('blank')} onClick={props.onCreateBlankSheets}>
        Create blank source sheets
      </Button>
      <Button size="small" disabled={blocked} icon={spinnerFor('sample')} onClick={props.onInsertSample}>
        Insert sample data
      </Button>
      <Button size="small" disabled={blocked} icon={spinnerFor('settings')} onClick={props.onOpenSettings}>
        Open settings
      </Button>
    </div>
  );
}

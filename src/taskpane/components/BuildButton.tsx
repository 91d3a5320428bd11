/** The primary action. Shows a spinner while a build runs so a second click is clearly pointless. */
import { Button, Spinner } from '@fluentui/react-components';

export interface BuildButtonProps {
  building: boolean;
  disabled: boolean;
  onBuild(): void;
}

export function BuildButton({ building, disabled, onBuild }: BuildButtonProps) {
  return (
    <Button
      appearance="primary"
      disabled={disabled || building}
      // The spinner is a progressbar to assistive technology: it needs a name (axe aria-progressbar-name).
      icon={building ? <Spinner size="tiny" aria-label="Building the report" /> : undefined}
      onClick={onBuild}
    >
      {building ? 'Building…' : 'Build report'}
    </Button>
  );
}

/** The running build: a progress bar with the step it is on. */
import { Field, ProgressBar } from '@fluentui/react-components';

export interface ProgressPanelProps {
  step: string;
  /** 0..1 */
  fraction: number;
}

export function ProgressPanel({ step, fraction }: ProgressPanelProps) {
  return (
    <Field validationMessage={step} validationState="none" aria-live="polite">
      <ProgressBar value={fraction} max={1} thickness="large" aria-label={`Build progress: ${Math.round(fraction * 100)}%`} />
    </Field>
  );
}

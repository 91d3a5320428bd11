/** Financial year, quarter and authority: what the report covers. */
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { FormValues } from '../state';
import { QUARTER_CHOICES, financialYearChoices } from '../periods';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  wide: { gridColumn: '1 / span 2' },
});

const YEAR_CHOICES = financialYearChoices();

export interface PeriodFormProps {
  values: FormValues;
  disabled: boolean;
  onChange(changes: Partial<FormValues>): void;
}

export function PeriodForm({ values, disabled, onChange }: PeriodFormProps) {
  const styles = useStyles();
  return (
    <div className={styles.form}>
      <Field label="Financial year" size="small">
        <Select size="small" value={values.financialYear} disabled={disabled} onChange={(_, data) => onChange({ financialYear: data.value })}>
          {YEAR_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Quarter" size="small">
        <Select size="small" value={values.quarter} disabled={disabled} onChange={(_, data) => onChange({ quarter: data.value })}>
          {QUARTER_CHOICES.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Authority" size="small" className={styles.wide} hint="A name typed here applies to this build only; left as it is, the Report Settings sheet decides.">
        <Input size="small" value={values.authority} disabled={disabled} onChange={(_, data) => onChange({ authority: data.value })} />
      </Field>
    </div>
  );
}

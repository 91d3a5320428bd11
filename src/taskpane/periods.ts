/** Choices offered by the period form. Pure, so the lists are easy to test. */

export interface Choice {
  /** The <option> value: "" means "let the engine decide". */
  value: string;
  label: string;
}

/** First and last financial years offered (first calendar year: 2019 = 2019/20). */
export const FIRST_FINANCIAL_YEAR = 2019;
export const LAST_FINANCIAL_YEAR = 2026;

/** "2021/22" for 2021. */
export function financialYearLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** "From the data" first (the engine picks the year of the latest referral), newest year next. */
export function financialYearChoices(first = FIRST_FINANCIAL_YEAR, last = LAST_FINANCIAL_YEAR): Choice[] {
  const years: Choice[] = [];
  for (let year = last; year >= first; year--) years.push({ value: String(year), label: financialYearLabel(year) });
  return [{ value: '', label: 'From the data' }, ...years];
}

export const QUARTER_CHOICES: Choice[] = [
  { value: '', label: 'Last complete quarter' },
  // The report runs from 1 April to the quarter's end, so each quarter is named by its end.
  { value: '1', label: 'Q1 (to end of June)' },
  { value: '2', label: 'Q2 (to end of September)' },
  { value: '3', label: 'Q3 (to end of December)' },
  { value: '4', label: 'Q4 (to end of March)' },
];

/** The form's select value back to the build option: "" → null (decided by the engine). */
export function parseFinancialYear(value: string): number | null {
  return value === '' ? null : Number(value);
}

export function parseQuarter(value: string): 1 | 2 | 3 | 4 | null {
  if (value === '1' || value === '2' || value === '3' || value === '4') return Number(value) as 1 | 2 | 3 | 4;
  return null;
}

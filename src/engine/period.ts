/**
 * The report period (indicators.md "Period and conventions"). Computed by engine/calendar/period.ts.
 */
import type { Day } from './types';

export interface Month {
  /** "YYYY-MM", the JSON category. */
  key: string;
  /** Display label, e.g. "Apr 2021". */
  label: string;
  first: Day;
  last: Day;
}

export interface ReportPeriod {
  /** First calendar year of the financial year (2021 for 2021/22). */
  fyStartYear: number;
  quarter: 1 | 2 | 3 | 4;
  /** 1 April of the financial year. */
  start: Day;
  /** End of the quarter: the snapshot date S. */
  end: Day;
  /** End of the quarter before (for Q1, 31 March of the previous financial year). */
  previousQuarterEnd: Day;
  /** April … the quarter's last month. */
  months: Month[];
  /** "2021/22" */
  financialYearLabel: string;
  /** "2021/22 Q2", the category of #21–23. */
  label: string;
}

/**
 * Everything derived from the parsed lists and the period that several indicators and district
 * blocks read: the child timelines, the month lookups, who is open at each month end, and each
 * child's current row at the period end S (and, for the district CLA block, at the previous
 * quarter end). Built once per build, explicitly, before any indicator runs
 * (src/engine/indicators/context.ts makeIndicatorContext), and held on the context as a plain
 * typed field.
 */
import type { Day } from '../types';
import type { ClaRow, ParsedLists } from '../lists';
import type { Month, ReportPeriod } from '../period';
import { buildChildTimelines, type ChildTimelines } from './timelines';
import { monthIndexer, previousYearMonths } from './month-lookup';
import { currentCareAt, currentRowsOn, openChildrenAt, type CurrentRows, type OpenChildren } from './snapshots';

export interface DerivedData {
  readonly timelines: ChildTimelines;
  /** Month index of a day in the report months (-1 outside). */
  readonly monthIndex: (d: Day) => number;
  /** The report months one year earlier, and a day's index in them. */
  readonly previousMonths: readonly Month[];
  readonly previousMonthIndex: (d: Day) => number;
  /** Distinct children open at each report month end. */
  readonly atMonthEnds: OpenChildren;
  /** Each child's current row at the period end S. */
  readonly atPeriodEnd: CurrentRows;
  /** Each child looked after at the previous quarter end, with their current period of care. */
  readonly careAtPreviousQuarterEnd: readonly ClaRow[];
}

export function deriveData(parsed: ParsedLists, period: ReportPeriod): DerivedData {
  const timelines = buildChildTimelines(parsed);
  const previousMonths = previousYearMonths(period);
  return {
    timelines,
    monthIndex: monthIndexer(period.months),
    previousMonths,
    previousMonthIndex: monthIndexer(previousMonths),
    atMonthEnds: openChildrenAt(parsed, timelines, period.months.map((m) => m.last)),
    atPeriodEnd: currentRowsOn(parsed, timelines, period.end),
    careAtPreviousQuarterEnd: currentCareAt(parsed, timelines, period.previousQuarterEnd),
  };
}

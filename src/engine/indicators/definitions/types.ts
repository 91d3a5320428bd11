/**
 * The vocabulary of indicator definitions: each of the 23 indicators is one small declarative
 * value of these types (definitions/NN-*.ts, keyed by number in definitions/registry.ts), saying
 * what is counted, from which list, by which date, which subset, and which benchmark — the same
 * words as its line in the specification. The executor (../execute.ts) picks one kernel
 * (../kernels/) per definition kind and runs its tight loop; the reference interpreter
 * (test/reference/) evaluates the same values row by row.
 */
import type { Day } from '../../types';
import type { ListRows } from '../../lists';
import type { Settings } from '../../settings/types';
import type { OpenChildren } from '../../derived/snapshots';
import type { IndicatorContext } from '../context';

/** What the results JSON says of an indicator besides its figures (id and kind come from the definition). */
export interface HeadText {
  title: string;
  definition: string;
}

export type IndicatorId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23;
export type ListKey = keyof ListRows;
export type RowOf<L extends ListKey> = ListRows[L][number];
/** The date fields of a row type (Day or blank), by name (distributed over a union of row types). */
export type DateField<R> = R extends unknown
  ? { [K in keyof R]-?: R[K] extends Day | null ? (K extends 'row' | 'previousPlans' ? never : K) : never }[keyof R] & string
  : never;
/** Any field of a row type, by name (distributed over a union of row types). */
export type FieldOf<R> = R extends unknown ? keyof R & string : never;

/** The child timelines (src/engine/derived/timelines.ts) that "another event" searches. */
export type Timeline = 'referralDays' | 'assessmentStarts' | 'planStarts';
/** Which list and date each timeline holds, for the reference interpreter and the docs. */
export const TIMELINE_SOURCE: Record<Timeline, { list: 3 | 4 | 7; date: 'date' | 'start' }> = {
  referralDays: { list: 3, date: 'date' },
  assessmentStarts: { list: 4, date: 'start' },
  planStarts: { list: 7, date: 'start' },
};

/** Where a window around the row's date d begins (inclusive). */
export type WindowFrom =
  | { from: 'any earlier day' }
  | { from: 'the same day' }
  /** addMonths(d, −n): 12 months before 29/02/2024 is 28/02/2023. */
  | { from: 'months before'; months: (settings: Settings) => number };
/** Where it ends. */
export type WindowUntil =
  /** Up to the day before d (another event the same day does not count). */
  | { until: 'the day before' }
  /** Up to and including d + n days. */
  | { until: 'days after'; days: (settings: Settings) => number }
  /** Up to the day before the first event of `timeline` dated strictly after d ("the child's next referral"), or for ever. */
  | { until: 'the next later event'; timeline: Timeline };

/** A function of a row, checked with method (bivariant) parameters so a definition for one list fits the registry's union. */
export type RowFn<R, T> = { fn(row: R): T }['fn'];

/** A test of one row, prepared once per build (a holiday set, a memo of anniversaries) and then called per row. */
export interface RowTest<R> {
  test: 'row';
  prepare(settings: Settings): RowFn<R, boolean>;
}
/** "The same child has another event in a window": an event of `timeline` of the row's child in the window around the row's date. */
export interface AnotherEvent {
  test: 'another event';
  timeline: Timeline;
  window: readonly [WindowFrom, WindowUntil];
}
export interface AnyOf<R> {
  test: 'any of';
  tests: readonly Test<R>[];
}
export type Test<R> = RowTest<R> | AnotherEvent | AnyOf<R>;

/** #1, #3, #7: rows by a date in each month; optionally the running total; the same months a year earlier. */
export interface MonthlyCount<L extends ListKey> {
  kind: 'monthly count';
  id: IndicatorId;
  head: HeadText;
  list: L;
  date: DateField<RowOf<L>>;
  series: string;
  cumulative?: string;
}

/**
 * #6, #8, #14, #15: for month m, the rows of `list` dated (by `date`) from 1 April to the end of
 * m (`total`), those passing `subset` (`subset.name`), the percentage, and the benchmarks.
 */
export interface CumulativeRatio<L extends ListKey> {
  kind: 'cumulative ratio';
  id: IndicatorId;
  head: HeadText | ((settings: Settings) => HeadText);
  list: L;
  date: DateField<RowOf<L>>;
  /** Rows left out of both counts (e.g. an assessment authorised before it started). */
  counts?: RowTest<RowOf<L>>;
  total: string;
  subset: { name: string; test: Test<RowOf<L>> };
  /** Also the percentage for the month alone (#8). */
  percentInMonth?: string;
  benchmark: string;
}

/** #9, #11, #16: distinct children open at each month end, the rate per 10,000, the benchmarks. */
export interface OpenAtMonthEnd {
  kind: 'open at month end';
  id: IndicatorId;
  head: HeadText;
  list: 6 | 7 | 8;
  open: keyof OpenChildren;
  count: string;
  benchmark: string;
  warnings?: (ctx: IndicatorContext) => string[];
}

/** #10, #12, #17: rows starting and ending in each month, and the children open at the month end. */
export interface Flows {
  kind: 'flows';
  id: IndicatorId;
  head: HeadText;
  list: 6 | 7 | 8;
  /** 'counted': only the rows that count (not V3/V4, not closed RC8/RC9). */
  rows: 'all' | 'counted';
  open: keyof OpenChildren;
  warnings?: (ctx: IndicatorContext) => string[];
}

/** Fixed, ordered groups; a label not among them counts in the last. */
export interface Groups<R> {
  labels: readonly string[];
  prepare(ctx: IndicatorContext): RowFn<R, string>;
}

/** #5, #13, #18–#20: rows (in the period, open at S, or each child's current period of care at S) by group; the percentage of their total. */
export interface Breakdown<L extends ListKey> {
  kind: 'breakdown';
  id: IndicatorId;
  head: HeadText;
  list: L;
  rows: { in: 'the period'; date: DateField<RowOf<L>> } | { in: 'open at S' } | { in: 'current care at S' };
  count: string;
  groups: Groups<RowOf<L>>;
}

/**
 * #2, #4: rows in the period by a local outcome column when the list has one (text grouped as
 * outcome-text.ts says); otherwise by the first of `fallback.groups` whose test holds, else
 * `fallback.otherwise`, which needs `fallback.requires`.
 */
export interface OutcomeBreakdown<L extends ListKey> {
  kind: 'outcome breakdown';
  id: IndicatorId;
  head: HeadText;
  list: L;
  date: DateField<RowOf<L>>;
  count: string;
  /** The optional column: its normalised heading (as the parser lists it), its row field, its name in messages. */
  outcome: { heading: string; field: FieldOf<RowOf<L>>; label: string };
  fallback: {
    requires: ListKey;
    groups: readonly { label: (settings: Settings) => string; test: Test<RowOf<L>> }[];
    otherwise: (settings: Settings) => string;
  };
}

/** #21–#23: the care leavers whose 19th, 20th or 21st birthday falls in the period; those passing `met`; the percentage. */
export interface CareLeaverCohort {
  kind: 'care leaver cohort';
  id: IndicatorId;
  head: HeadText;
  met: { name: string; test: (row: RowOf<9>) => boolean };
  benchmark: string | null;
  breakdown?: { labels: readonly string[]; groupOf(row: RowOf<9>): string };
}

/** One per list, so each definition's fields are checked against its own list's rows. */
type PerList<T extends { [L in ListKey]: unknown }> = T[ListKey];
export type AnyMonthlyCount = PerList<{ [L in ListKey]: MonthlyCount<L> }>;
export type AnyCumulativeRatio = PerList<{ [L in ListKey]: CumulativeRatio<L> }>;
export type AnyBreakdown = PerList<{ [L in ListKey]: Breakdown<L> }>;
export type AnyOutcomeBreakdown = PerList<{ [L in ListKey]: OutcomeBreakdown<L> }>;

export type Definition = AnyMonthlyCount | AnyCumulativeRatio | OpenAtMonthEnd | Flows | AnyBreakdown | AnyOutcomeBreakdown | CareLeaverCohort;

/**
 * The manager's summary (summary.md): one headline row per indicator, and the control-chart
 * (SPC) result of the seven monthly series. These are the `summary` and `spc` objects of the
 * results JSON; values are unsuppressed, with flags saying what the report must hide.
 */
import type { Unit } from '../results';

/** LAIT's polarity: `high` = higher is better, `low` = lower is better, `neither` = context measure. */
export type Polarity = 'high' | 'low' | 'neither';
export type Direction = 'up' | 'down' | 'same';
export type Judgement = 'better' | 'worse' | 'neutral' | 'same';
export type Rag = 'green' | 'amber' | 'red';

export type SpcRule = 'outside' | 'shift' | 'trend' | 'two-of-three';
/** `high` = above the mean or rising; `low` = below the mean or falling. */
export type SignalDirection = 'high' | 'low';
export type Variation = 'common' | 'improvement' | 'concern' | 'high' | 'low';
export type Assurance = 'pass' | 'fail' | 'hit-and-miss';

export interface SpcSignal {
  /** Index of the marked point in `values`. */
  index: number;
  rule: SpcRule;
  direction: SignalDirection;
}

export interface SpcResult {
  /** Name of the indicator's series the points come from (e.g. "Percent in month"). */
  series: string;
  /** YYYY-MM, oldest first; the last is the report's last month. */
  categories: string[];
  /** Unsuppressed values (null where the month has no value, e.g. a zero denominator). */
  values: (number | null)[];
  /** What the report hides (as every series of the JSON carries): chart cells left empty. */
  suppressed: boolean[];
  /** 15 points or more: limits and signals are computed. */
  enough: boolean;
  /** Mean and limits rounded to 2 decimal places (signals were computed before rounding); null without enough points. */
  mean: number | null;
  upper: number | null;
  lower: number | null;
  signals: SpcSignal[];
  /** What the last point shows; null without enough points. */
  variation: Variation | null;
  /** Whether the process can be relied on to meet the target; null without a target, polarity or limits. */
  assurance: Assurance | null;
}

/** An indicator's headline value and its comparison value, as read from its own result. */
export interface HeadlineValue {
  unit: Unit;
  value: number | null;
  suppressed: boolean;
  previous: number | null;
  /** Whether the previous value must be hidden too (the direction is then null). */
  previousSuppressed: boolean;
  /** "June 2021", "same period 2020/21"; null when there is no comparison. */
  previousLabel: string | null;
}

export interface SummaryRow extends HeadlineValue {
  id: number;
  /** The headline measure, e.g. "Re-referrals within 12 months (%)". */
  measure: string;
  direction: Direction | null;
  polarity: Polarity;
  judgement: Judgement | null;
  england: number | null;
  region: number | null;
  statisticalNeighbours: number | null;
  target: number | null;
  tolerance: number | null;
  rag: Rag | null;
  variation: Variation | null;
  assurance: Assurance | null;
  headline: string;
  commentary: string | null;
}

/**
 * The engine's results: exactly the "Results JSON" of outputs.md, plus a few fields the report
 * model needs (definition, kind, numerator/denominator). Values are unsuppressed; `suppressed`
 * flags say what the report hides (engine/suppression.ts sets them).
 */
import type { Problem } from './types';
import type { SpcResult, SummaryRow } from './summary/types';

export type Unit = 'count' | 'percent' | 'rate';

export interface Series {
  name: string;
  unit: Unit;
  values: (number | null)[];
  suppressed: boolean[];
  /** Benchmark series (England, Region, Statistical neighbours) are never suppressed. */
  benchmark?: boolean;
  /**
   * For percent/rate series: the name of the count series in the same table that is the
   * numerator (its suppression flags carry over), when the table shows it.
   */
  numeratorSeries?: string;
  /** For percent/rate series: numerator and denominator counts per category (denominator = population for rates). */
  numerator?: (number | null)[];
  denominator?: (number | null)[];
}

/** A breakdown table kept beside an indicator's main table (#21, #23). */
export interface Breakdown {
  categories: string[];
  series: Series[];
}

/**
 * How an indicator's categories relate: `monthly` (months of the period), `breakdown` (groups of
 * one total: secondary suppression applies across categories), `period` (one category, #21–23).
 */
export type IndicatorKind = 'monthly' | 'breakdown' | 'period';

export interface IndicatorResult {
  id: number;
  title: string;
  /** One-line definition shown under the section title. */
  definition: string;
  kind: IndicatorKind;
  available: boolean;
  /** Why not available (e.g. "List 8 (Children in care) was not found in the workbook"), else null. */
  reason: string | null;
  categories: string[];
  series: Series[];
  warnings: string[];
  breakdown?: Breakdown;
  /** The control chart of the seven monthly series of summary.md (#1, #3, #7, #8, #10, #12, #17). */
  spc?: SpcResult;
}

export type DistrictBlockId =
  | 'cla-by-placement-district'
  | 'care-leavers-open'
  | 'care-leavers-in-touch-pct'
  | 'care-leavers-suitable-pct'
  | 'care-leavers-eet-pct'
  | 'cp-number'
  | 'cp-rate'
  | 'cp-category-pct'
  | 'cin-local-number'
  | 'cin-local-rate';

export interface DistrictBlock {
  id: DistrictBlockId;
  title: string;
  definition: string;
  available: boolean;
  reason: string | null;
  /** District names (outputs.md order), or the #13 groups for `cp-category-pct`. */
  categories: string[];
  series: Series[];
}

export interface Period {
  /** "2021/22" */
  financialYear: string;
  quarter: 1 | 2 | 3 | 4;
  /** ISO dates YYYY-MM-DD. */
  start: string;
  end: string;
  previousQuarterEnd: string;
}

/** outputs.md: the first 200 problems are listed, all are counted (the engine, both shells, the Build Log and the task pane). */
export const LISTED_PROBLEMS = 200;

export interface ProblemsSummary {
  count: number;
  /** The first LISTED_PROBLEMS problems. */
  items: Problem[];
}

export interface Results {
  generator: { name: string; version: string };
  authority: string;
  period: Period;
  threshold: number;
  indicators: IndicatorResult[];
  districts: {
    /** Configured districts, then "Outside the authority", then "Unknown". */
    names: string[];
    blocks: DistrictBlock[];
  };
  problems: ProblemsSummary;
  /** The manager's summary (summary.md): one row per indicator, in indicator order. */
  summary?: SummaryRow[];
  /** The `Summary` row of Report Commentary for the period (shown at the top of the Summary sheet). */
  summaryCommentary?: string | null;
}

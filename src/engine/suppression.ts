/**
 * Small-number suppression (indicators.md "Suppression"): primary, secondary and derived flags.
 * Values are never changed; only the `suppressed` arrays are set, so the results JSON keeps the
 * true numbers and the report hides what the flags say.
 */
import type { DistrictBlock, IndicatorResult, Results, Series } from './results';

type Values = readonly (number | null)[];

/** Rule 1: a count from 1 to T−1 is suppressed; 0 and null are shown. */
export function primaryFlags(values: Values, threshold: number): boolean[] {
  return values.map((v) => v !== null && v >= 1 && v < threshold);
}

/** Index of the smallest non-zero value not yet suppressed (first in order on a tie), or -1. */
function smallestUnsuppressed(values: Values, flags: readonly boolean[]): number {
  let best = -1;
  values.forEach((v, i) => {
    if (flags[i] || v === null || v === 0) return;
    if (best === -1 || v < (values[best] as number)) best = i;
  });
  return best;
}

/**
 * Rule 2, for one set of counts shown with its total: while exactly one value is suppressed,
 * also suppress the smallest remaining non-zero value (first in category order on a tie), so the
 * hidden value cannot be worked out from the total. Stops when no candidate is left.
 */
export function secondaryFlags(values: Values, flags: readonly boolean[]): boolean[] {
  const result = [...flags];
  while (result.filter(Boolean).length === 1) {
    const next = smallestUnsuppressed(values, result);
    if (next === -1) break;
    result[next] = true;
  }
  return result;
}

/**
 * Rule 3: a percentage or rate is suppressed when its numerator is suppressed or its denominator
 * is below T. A null value (zero denominator, no population) has nothing to hide and stays unflagged.
 */
export function derivedFlags(
  values: Values,
  numeratorFlags: readonly boolean[] | null,
  denominator: Values | undefined,
  threshold: number,
): boolean[] {
  return values.map((v, i) => {
    if (v === null) return false;
    if (numeratorFlags?.[i]) return true;
    const den = denominator?.[i];
    return den !== undefined && den !== null && den < threshold;
  });
}

function isSuppressibleCount(series: Series): boolean {
  return series.unit === 'count' && !series.benchmark;
}

/** Flags of the count series: primary, then secondary when the series is a set shown with its total. */
function countFlags(series: Series, threshold: number, inSet: boolean): boolean[] {
  const primary = primaryFlags(series.values, threshold);
  return inSet ? secondaryFlags(series.values, primary) : primary;
}

/** Flags of a percent/rate series: from its named numerator series' flags, else its own numerator array. */
function ratioFlags(series: Series, table: readonly Series[], threshold: number, inSet: boolean): boolean[] {
  const named = series.numeratorSeries ? table.find((s) => s.name === series.numeratorSeries) : undefined;
  let numeratorFlags: boolean[] | null = null;
  if (named) numeratorFlags = named.suppressed;
  else if (series.numerator) {
    const primary = primaryFlags(series.numerator, threshold);
    numeratorFlags = inSet ? secondaryFlags(series.numerator, primary) : primary;
  }
  return derivedFlags(series.values, numeratorFlags, series.denominator, threshold);
}

/** Copies a table's series with flags set: counts first, so ratios can read their numerator's flags. */
function suppressTable(series: readonly Series[], threshold: number, inSet: boolean): Series[] {
  const copies: Series[] = series.map((s) => ({
    ...s,
    values: [...s.values],
    numerator: s.numerator ? [...s.numerator] : undefined,
    denominator: s.denominator ? [...s.denominator] : undefined,
    suppressed: s.values.map(() => false),
  }));
  if (threshold <= 0) return copies.map(stripUndefinedArrays);
  for (const s of copies) if (isSuppressibleCount(s)) s.suppressed = countFlags(s, threshold, inSet);
  for (const s of copies) {
    if (s.benchmark || s.unit === 'count') continue;
    s.suppressed = ratioFlags(s, copies, threshold, inSet);
  }
  return copies.map(stripUndefinedArrays);
}

/** Keeps the copy's shape equal to the input's (no `numerator: undefined` keys appearing). */
function stripUndefinedArrays(s: Series): Series {
  const out: Series = { ...s };
  if (out.numerator === undefined) delete out.numerator;
  if (out.denominator === undefined) delete out.denominator;
  return out;
}

function suppressIndicator(ind: IndicatorResult, threshold: number): IndicatorResult {
  const copy: IndicatorResult = {
    ...ind,
    categories: [...ind.categories],
    warnings: [...ind.warnings],
    series: suppressTable(ind.series, threshold, ind.kind === 'breakdown'),
  };
  if (ind.breakdown) {
    copy.breakdown = {
      categories: [...ind.breakdown.categories],
      series: suppressTable(ind.breakdown.series, threshold, true),
    };
  }
  return copy;
}

/** Every district block is a set: districts (Outside and Unknown included) add up to the authority. */
function suppressBlock(block: DistrictBlock, threshold: number): DistrictBlock {
  return { ...block, categories: [...block.categories], series: suppressTable(block.series, threshold, true) };
}

/** A deep copy of `results` with every `suppressed` array set for threshold T (0 = no suppression). */
export function applySuppression(results: Results, threshold: number): Results {
  return {
    ...results,
    generator: { ...results.generator },
    period: { ...results.period },
    threshold,
    indicators: results.indicators.map((ind) => suppressIndicator(ind, threshold)),
    districts: {
      names: [...results.districts.names],
      blocks: results.districts.blocks.map((b) => suppressBlock(b, threshold)),
    },
    problems: { count: results.problems.count, items: results.problems.items.map((p) => ({ ...p })) },
  };
}

/**
 * The points of the seven control charts (summary.md "Signals"): the series' definition applied
 * to every month from the first month the data covers (as for `Previous year`: the earliest date
 * of the counted column is on or before the month's first day) to the period's last month, at
 * most the last 24 months. Suppression flags follow the rules of every other series.
 */
import type { Day } from '../types';
import type { ListNumber } from '../types';
import type { Month } from '../period';
import type { Series } from '../results';
import type { IndicatorContext } from '../indicators/context';
import { monthsFrom } from '../calendar/months';
import { derivedFlags, primaryFlags } from '../suppression';
import { contextForMonths, monthlySeriesOver } from './monthly-series';
import { SPC_SERIES } from './measures';

/** summary.md: at most the last 24 months. */
export const SPC_MONTHS = 24;

/** The column each series counts, whose earliest date says how far back the data covers. */
const COUNTED_COLUMN: Readonly<Record<number, { list: ListNumber; field: string }>> = {
  1: { list: 1, field: 'date' },
  3: { list: 3, field: 'date' },
  7: { list: 4, field: 'authorised' },
  8: { list: 4, field: 'authorised' },
  10: { list: 8, field: 'start' },
  12: { list: 7, field: 'start' },
  17: { list: 6, field: 'start' },
};

export interface SpcPoints {
  series: string;
  categories: string[];
  values: (number | null)[];
  suppressed: boolean[];
}

/** The 24 months ending with the period's last month. */
export function spcWindow(lastMonth: Month): Month[] {
  const [year, month] = lastMonth.key.split('-').map(Number);
  const index = year * 12 + (month - 1) - (SPC_MONTHS - 1);
  return monthsFrom(Math.floor(index / 12), (index % 12) + 1, SPC_MONTHS);
}

/** Earliest value of the counted column: the parser's record, else a scan of the rows. */
function earliestOf(ctx: IndicatorContext, id: number): Day | null {
  const { list, field } = COUNTED_COLUMN[id];
  const recorded = ctx.parsed.info[list]?.earliest[field];
  if (recorded !== undefined) return recorded;
  const rows = (ctx.parsed.lists[list] ?? []) as unknown as readonly Record<string, unknown>[];
  let earliest: Day | null = null;
  for (let r = 0; r < rows.length; r++) {
    const d = rows[r][field];
    if (typeof d === 'number' && (earliest === null || d < earliest)) earliest = d;
  }
  return earliest;
}

/** Suppression of the points, as for any count or percentage series (indicators.md rules 1 and 3). */
export function pointFlags(series: Series, threshold: number): boolean[] {
  if (threshold <= 0) return series.values.map(() => false);
  if (series.unit === 'count') return primaryFlags(series.values, threshold);
  const numeratorFlags = series.numerator ? primaryFlags(series.numerator, threshold) : null;
  return derivedFlags(series.values, numeratorFlags, series.denominator, threshold);
}

/** Points of every SPC series whose indicator is available, by indicator id. */
export function spcPoints(ctx: IndicatorContext): Map<number, SpcPoints> {
  const out = new Map<number, SpcPoints>();
  const months = ctx.period.months;
  if (months.length === 0) return out;
  const window = spcWindow(months[months.length - 1]);
  const monthCtx = contextForMonths(ctx, window);
  for (const [key, name] of Object.entries(SPC_SERIES)) {
    const id = Number(key);
    const series = monthlySeriesOver(monthCtx, id, name);
    if (!series) continue;
    const earliest = earliestOf(ctx, id);
    const from = earliest === null ? window.length : window.findIndex((m) => earliest <= m.first);
    const start = from < 0 ? window.length : from;
    const flags = pointFlags(series, ctx.settings.threshold);
    out.set(id, {
      series: name,
      categories: window.slice(start).map((m) => m.key),
      values: series.values.slice(start),
      suppressed: flags.slice(start),
    });
  }
  return out;
}

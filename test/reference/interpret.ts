/**
 * The naive reference interpreter: evaluates the same definitions as the engine
 * (src/engine/indicators/definitions/registry.ts) the slow, obvious way — for every month and
 * every row, scanning whole lists; no child numbering, no grouped timelines, no masks, no binary
 * searches, no caches. It restates "open at d", "the same child has another event in a window",
 * the counted rows, the current row per child and the running totals from the specification's
 * words. The definitions' own row tests and group functions (e.g. working days ≤ 45, a code's
 * group) are called as they are: what this checks is the kernels and the executor around them.
 *
 * Its output is the figures of each series by name (benchmarks left out: they are read from a
 * table, not computed from rows).
 */
import type { Day } from '../../src/engine/types';
import type { BaseRow, CareLeaverRow } from '../../src/engine/lists';
import type { IndicatorContext } from '../../src/engine/indicators/context';
import {
  TIMELINE_SOURCE, type Definition, type ListKey, type Test, type WindowFrom, type WindowUntil,
} from '../../src/engine/indicators/definitions/types';
import { percent, rate } from '../../src/engine/rounding';
import { groupOutcomeText } from '../../src/engine/indicators/common/outcome-text';
import { monthOf, monthsEarlier, yearsLater } from './calendar';

type AnyRow = BaseRow & Record<string, unknown>;
export interface ReferenceResult {
  available: boolean;
  categories: string[];
  series: Record<string, (number | null)[]>;
}

function rowsOf(ctx: IndicatorContext, list: ListKey): AnyRow[] | null {
  return (ctx.parsed.lists[list] as AnyRow[] | undefined) ?? null;
}

function dateOf(row: AnyRow, field: string): Day | null {
  return row[field] as Day | null;
}

/** indicators.md: "Open at d" means start ≤ d and (end blank or end > d). */
function openAt(row: AnyRow, d: Day): boolean {
  const start = row.start as Day;
  const end = row.end as Day | null;
  return start <= d && (end === null || end > d);
}

/** Rows that count: not a V3/V4 short break (List 8), not an episode closed RC8/RC9 (List 6). */
function counts(list: ListKey, row: AnyRow): boolean {
  if (list === 8) return !['V3', 'V4'].includes(String(row.legalStatus ?? '').toUpperCase());
  if (list === 6) return !['RC8', 'RC9'].includes(String(row.closureReason ?? ''));
  return true;
}

/** Distinct children open at d in the given lists (counted rows only). */
function childrenOpenAt(ctx: IndicatorContext, lists: readonly ListKey[], d: Day): number {
  const children = new Set<string>();
  for (const list of lists) for (const row of rowsOf(ctx, list) ?? []) if (counts(list, row) && openAt(row, d)) children.add(row.childId);
  return children.size;
}

const OPEN_LISTS = { care: [8], plans: [7], cin: [6, 7, 8] } as const;

function windowStart(from: WindowFrom, d: Day, ctx: IndicatorContext): number {
  if (from.from === 'any earlier day') return -Infinity;
  if (from.from === 'the same day') return d;
  return monthsEarlier(d, from.months(ctx.settings));
}

function windowEnd(until: WindowUntil, d: Day, childId: string, ctx: IndicatorContext): number {
  if (until.until === 'the day before') return d;
  if (until.until === 'days after') return d + until.days(ctx.settings) + 1;
  const source = TIMELINE_SOURCE[until.timeline];
  let next = Infinity;
  for (const row of rowsOf(ctx, source.list) ?? []) {
    const e = dateOf(row, source.date);
    if (row.childId === childId && e !== null && e > d && e < next) next = e;
  }
  return next;
}

function holds(test: Test<AnyRow>, row: AnyRow, d: Day, ctx: IndicatorContext): boolean {
  if (test.test === 'row') return test.prepare(ctx.settings)(row);
  if (test.test === 'any of') return test.tests.some((t) => holds(t, row, d, ctx));
  const [from, until] = test.window;
  const lo = windowStart(from, d, ctx);
  const hi = windowEnd(until, d, row.childId, ctx);
  const source = TIMELINE_SOURCE[test.timeline];
  return (rowsOf(ctx, source.list) ?? []).some((other) => {
    const e = dateOf(other, source.date);
    return other.childId === row.childId && e !== null && lo <= e && e < hi;
  });
}

function between(d: Day | null, first: Day, last: Day): d is Day {
  return d !== null && d >= first && d <= last;
}

/** Each child's current row at d: of its counted rows open at d, the one that started last (then the later worksheet row). */
function currentRows(ctx: IndicatorContext, list: ListKey, d: Day): AnyRow[] {
  const best = new Map<string, AnyRow>();
  for (const row of rowsOf(ctx, list) ?? []) {
    if (!counts(list, row) || !openAt(row, d)) continue;
    const held = best.get(row.childId);
    if (!held || (row.start as Day) > (held.start as Day) || (row.start === held.start && row.row > held.row)) best.set(row.childId, row);
  }
  return [...best.values()];
}

function byLabel(labels: readonly string[], rows: readonly AnyRow[], groupOf: (row: AnyRow) => string): number[] {
  return labels.map((label, i) => rows.filter((r) => {
    const g = groupOf(r);
    return g === label || (i === labels.length - 1 && !labels.includes(g));
  }).length);
}

function breakdown(labels: string[], countName: string, values: number[]): ReferenceResult {
  const total = values.reduce((a, b) => a + b, 0);
  return { available: true, categories: labels, series: { [countName]: values, Percent: values.map((v) => percent(v, total)) } };
}

export function referenceIndicator(def: Definition, ctx: IndicatorContext): ReferenceResult {
  const months = ctx.period.months;
  const keys = months.map((m) => m.key);
  const { start: periodStart, end: periodEnd } = ctx.period;
  const unavailable = (categories: string[]): ReferenceResult => ({ available: false, categories, series: {} });
  switch (def.kind) {
    case 'monthly count': {
      const rows = rowsOf(ctx, def.list);
      if (!rows) return unavailable(keys);
      const inMonth = months.map((m) => rows.filter((r) => between(dateOf(r, def.date), m.first, m.last)).length);
      const dates = rows.map((r) => dateOf(r, def.date)).filter((x): x is Day => x !== null);
      const earliest = dates.length === 0 ? null : Math.min(...dates);
      const previous = months.map((m) => {
        const before = monthOf(m.first, 1);
        if (earliest === null || earliest > before.first) return null;
        return rows.filter((r) => between(dateOf(r, def.date), before.first, before.last)).length;
      });
      const series: ReferenceResult['series'] = { [def.series]: inMonth, 'Previous year': previous };
      if (def.cumulative) series[def.cumulative] = months.map((m) => rows.filter((r) => between(dateOf(r, def.date), periodStart, m.last)).length);
      return { available: true, categories: keys, series };
    }
    case 'cumulative ratio': {
      const rows = rowsOf(ctx, def.list);
      if (!rows) return unavailable(keys);
      const counted = (def.counts ? def.counts.prepare(ctx.settings) : () => true) as unknown as (row: AnyRow) => boolean;
      const test = def.subset.test as unknown as Test<AnyRow>;
      const inRange = (first: Day, last: Day) => rows.filter((r) => between(dateOf(r, def.date), first, last) && counted(r));
      const inSubset = (r: AnyRow) => holds(test, r, dateOf(r, def.date) as Day, ctx);
      const total = months.map((m) => inRange(periodStart, m.last).length);
      const subset = months.map((m) => inRange(periodStart, m.last).filter(inSubset).length);
      const series: ReferenceResult['series'] = {
        [def.total]: total,
        [def.subset.name]: subset,
        Percent: subset.map((n, i) => percent(n, total[i])),
      };
      if (def.percentInMonth) {
        series[def.percentInMonth] = months.map((m) => {
          const month = inRange(m.first, m.last);
          return percent(month.filter(inSubset).length, month.length);
        });
      }
      return { available: true, categories: keys, series };
    }
    case 'open at month end': {
      if (!rowsOf(ctx, def.list)) return unavailable(keys);
      const open = months.map((m) => childrenOpenAt(ctx, OPEN_LISTS[def.open], m.last));
      return { available: true, categories: keys, series: { [def.count]: open, Rate: open.map((n) => rate(n, ctx.settings.population)) } };
    }
    case 'flows': {
      const rows = rowsOf(ctx, def.list);
      if (!rows) return unavailable(keys);
      const flowing = rows.filter((r) => def.rows === 'all' || counts(def.list, r));
      return {
        available: true,
        categories: keys,
        series: {
          Started: months.map((m) => flowing.filter((r) => between(dateOf(r, 'start'), m.first, m.last)).length),
          Ceased: months.map((m) => flowing.filter((r) => between(dateOf(r, 'end'), m.first, m.last)).length),
          'At month end': months.map((m) => childrenOpenAt(ctx, OPEN_LISTS[def.open], m.last)),
        },
      };
    }
    case 'breakdown': {
      const labels = [...def.groups.labels];
      const rows = rowsOf(ctx, def.list);
      if (!rows) return unavailable(labels);
      const selected =
        def.rows.in === 'the period' ? rows.filter((r) => between(dateOf(r, (def.rows as { date: string }).date), periodStart, periodEnd))
        : def.rows.in === 'open at S' ? rows.filter((r) => openAt(r, periodEnd))
        : currentRows(ctx, 8, periodEnd);
      return breakdown(labels, def.count, byLabel(labels, selected, def.groups.prepare(ctx) as unknown as (row: AnyRow) => string));
    }
    case 'outcome breakdown': {
      const rows = rowsOf(ctx, def.list);
      if (!rows) return unavailable([]);
      const inPeriod = rows.filter((r) => between(dateOf(r, def.date), periodStart, periodEnd));
      const field = def.outcome.field;
      const hasColumn = ctx.parsed.info[def.list]?.columns.includes(def.outcome.heading) || rows.some((r) => r[field] !== null);
      if (hasColumn) {
        const { labels, counts: values } = groupOutcomeText(inPeriod.map((r) => r[field] as string | null));
        return breakdown(labels, def.count, values);
      }
      if (!rowsOf(ctx, def.fallback.requires)) return unavailable([]);
      const groups = def.fallback.groups;
      const labels = [...groups.map((g) => g.label(ctx.settings)), def.fallback.otherwise(ctx.settings)];
      const groupOf = (r: AnyRow): number => {
        const i = groups.findIndex((g) => holds(g.test as unknown as Test<AnyRow>, r, dateOf(r, def.date) as Day, ctx));
        return i < 0 ? groups.length : i;
      };
      return breakdown(labels, def.count, labels.map((_, i) => inPeriod.filter((r) => groupOf(r) === i).length));
    }
    case 'care leaver cohort': {
      const rows = ctx.parsed.lists[9];
      if (!rows) return unavailable([ctx.period.label]);
      // One row per young person, the last worksheet row; in the cohort when a 19th, 20th or 21st birthday falls in the period.
      const people = [...new Set(rows.map((r) => r.childId))].map((id) => rows.filter((r) => r.childId === id).reduce((a, b) => (b.row >= a.row ? b : a)));
      const cohort = people.filter((p: CareLeaverRow) => [19, 20, 21].some((age) => between(yearsLater(p.dateOfBirth, age), periodStart, periodEnd)));
      const met = cohort.filter(def.met.test).length;
      const series: ReferenceResult['series'] = { Cohort: [cohort.length], [def.met.name]: [met], Percent: [percent(met, cohort.length)] };
      if (def.breakdown) {
        const labels = [...def.breakdown.labels];
        series['Young people'] = byLabel(labels, cohort as unknown as AnyRow[], def.breakdown.groupOf as unknown as (row: AnyRow) => string);
      }
      return { available: true, categories: [ctx.period.label], series };
    }
  }
}

/**
 * The executor: one definition (definitions/) → one IndicatorResult. It switches on the
 * definition's kind once, runs that kind's kernel (kernels/) in a tight loop, and writes the
 * result blocks every kind of a family shares once: the availability check, the count series, the
 * percentage or rate with its numerator and denominator, the benchmarks.
 *
 * Monthly definitions can be evaluated over any ascending run of months (`monthlySeries`): the
 * report months for the report, or a longer run for a control chart.
 */
import type { Month } from '../period';
import type { BaseRow } from '../lists';
import type { IndicatorKind, IndicatorResult, Series } from '../results';
import { monthsAYearEarlier } from '../derived/month-lookup';
import type { IndicatorContext } from './context';
import type {
  AnyCumulativeRatio, AnyMonthlyCount, AnyOutcomeBreakdown, CareLeaverCohort, Definition, Flows, OpenAtMonthEnd,
} from './definitions/types';
import { availableResult, hasColumn, missingListReason, unavailableResult, type IndicatorHead } from './common/result';
import { countSeries, percentSeries, rateSeries } from './common/series';
import { earliestDate, previousYearValues } from './common/months';
import { breakdownResult } from './common/breakdown';
import { groupOutcomeText } from './common/outcome-text';
import { countIntoGroups } from './common/groups';
import { benchmarkSeries } from './benchmarks';
import { monthTable, yearToDate } from './kernels/month-tables';
import { countByMonth, countByMonthTwice } from './kernels/monthly-count';
import { cumulativeRatio } from './kernels/cumulative-ratio';
import { openAtMonthEnds } from './kernels/open-at-month-end';
import { breakdownCounts, firstMatchCounts, rowsInPeriod } from './kernels/breakdown';
import { careLeaverCohort } from './kernels/cohort';

export type MonthlyDefinition = AnyMonthlyCount | AnyCumulativeRatio | OpenAtMonthEnd | Flows;

const KIND: Record<Definition['kind'], IndicatorKind> = {
  'monthly count': 'monthly',
  'cumulative ratio': 'monthly',
  'open at month end': 'monthly',
  flows: 'monthly',
  breakdown: 'breakdown',
  'outcome breakdown': 'breakdown',
  'care leaver cohort': 'period',
};

function headOf(def: Definition, ctx: IndicatorContext): IndicatorHead {
  const text = typeof def.head === 'function' ? def.head(ctx.settings) : def.head;
  return { id: def.id, title: text.title, definition: text.definition, kind: KIND[def.kind] };
}

export function computeIndicator(def: Definition, ctx: IndicatorContext): IndicatorResult {
  const head = headOf(def, ctx);
  switch (def.kind) {
    case 'monthly count':
    case 'cumulative ratio':
    case 'open at month end':
    case 'flows': {
      const categories = ctx.period.months.map((m) => m.key);
      if (!ctx.parsed.lists[def.list]) return unavailableResult(head, categories, missingListReason(def.list));
      return availableResult(head, categories, monthlySeries(def, ctx, ctx.period.months), 'warnings' in def && def.warnings ? def.warnings(ctx) : []);
    }
    case 'breakdown':
      if (!ctx.parsed.lists[def.list]) return unavailableResult(head, [...def.groups.labels], missingListReason(def.list));
      return breakdownResult(head, [...def.groups.labels], breakdownCounts(def, ctx), def.count);
    case 'outcome breakdown':
      return outcomeBreakdown(def, head, ctx);
    case 'care leaver cohort':
      return cohortResult(def, head, ctx);
  }
}

/** The series of a monthly definition over `months` (ascending; the report months or any other run). */
export function monthlySeries(def: MonthlyDefinition, ctx: IndicatorContext, months: readonly Month[]): Series[] {
  const table = monthTable(ctx, months);
  switch (def.kind) {
    case 'monthly count': {
      const rows = (ctx.parsed.lists[def.list] ?? []) as readonly BaseRow[];
      const date = def.date as keyof BaseRow;
      const previousMonths = months === ctx.period.months ? ctx.derived.previousMonths : monthsAYearEarlier(months);
      const previousTable = months === ctx.period.months ? { months: previousMonths, indexOf: ctx.derived.previousMonthIndex } : monthTable(ctx, previousMonths);
      const [counts, previous] = countByMonthTwice(rows, date, table, previousTable);
      const earliest = earliestDate(ctx.parsed.info[def.list]?.earliest[def.date], rows, (r) => r[date] as number | null);
      return [
        countSeries(def.series, counts),
        ...(def.cumulative ? [countSeries(def.cumulative, yearToDate(counts, months))] : []),
        countSeries('Previous year', previousYearValues(previous, previousMonths, earliest)),
      ];
    }
    case 'cumulative ratio': {
      const { total, subset, totalInMonth, subsetInMonth } = cumulativeRatio(def, ctx, table);
      const name = def.subset.name;
      return [
        countSeries(def.total, total),
        countSeries(name, subset),
        percentSeries('Percent', subset, total, name),
        ...(def.percentInMonth ? [percentSeries(def.percentInMonth, subsetInMonth, totalInMonth)] : []),
        ...benchmarkSeries(ctx.settings, def.benchmark, 'percent', ctx.period.end, months.length),
      ];
    }
    case 'open at month end': {
      const counts = openAtMonthEnds(ctx, def.open, table);
      return [
        countSeries(def.count, counts),
        rateSeries('Rate', counts, ctx.settings.population, def.count),
        ...benchmarkSeries(ctx.settings, def.benchmark, 'rate', ctx.period.end, months.length),
      ];
    }
    case 'flows': {
      const rows = flowRows(def, ctx);
      return [
        countSeries('Started', countByMonth(rows, 'start', table)),
        countSeries('Ceased', countByMonth(rows, 'end', table)),
        countSeries('At month end', openAtMonthEnds(ctx, def.open, table)),
      ];
    }
  }
}

function flowRows(def: Flows, ctx: IndicatorContext): readonly { start: number; end: number | null }[] {
  if (def.rows === 'all') return ctx.parsed.lists[def.list] ?? [];
  return def.list === 8 ? ctx.derived.timelines.countedCareRows : ctx.derived.timelines.countedCinRows;
}

function outcomeBreakdown(def: AnyOutcomeBreakdown, head: IndicatorHead, ctx: IndicatorContext): IndicatorResult {
  const rows = (ctx.parsed.lists[def.list] ?? null) as readonly BaseRow[] | null;
  if (!rows) return unavailableResult(head, [], missingListReason(def.list));
  const field = def.outcome.field as keyof BaseRow;
  if (hasColumn(ctx.parsed, def.list, def.outcome.heading, rows, (r) => r[field] !== null)) {
    const inPeriod = rowsInPeriod(rows, def.date as keyof BaseRow, ctx);
    const { labels, counts } = groupOutcomeText(inPeriod.map((r) => r[field] as string | null));
    return breakdownResult(head, labels, counts, def.count);
  }
  const { requires } = def.fallback;
  if (!ctx.parsed.lists[requires]) {
    return unavailableResult(head, [], `${missingListReason(requires)} and List ${def.list} has no ${def.outcome.label} column`);
  }
  const labels = [...def.fallback.groups.map((g) => g.label(ctx.settings)), def.fallback.otherwise(ctx.settings)];
  return breakdownResult(head, labels, firstMatchCounts(def, ctx), def.count);
}

function cohortResult(def: CareLeaverCohort, head: IndicatorHead, ctx: IndicatorContext): IndicatorResult {
  const categories = [ctx.period.label];
  if (!ctx.parsed.lists[9]) return unavailableResult(head, categories, missingListReason(9));
  const people = careLeaverCohort(ctx);
  const met = people.filter(def.met.test).length;
  const series = [
    countSeries('Cohort', [people.length]),
    countSeries(def.met.name, [met]),
    percentSeries('Percent', [met], [people.length], def.met.name),
    ...(def.benchmark ? benchmarkSeries(ctx.settings, def.benchmark, 'percent', ctx.period.end, 1) : []),
  ];
  const result = availableResult(head, categories, series);
  if (!def.breakdown) return result;
  const labels = [...def.breakdown.labels];
  return { ...result, breakdown: { categories: labels, series: [countSeries('Young people', countIntoGroups(people, labels, def.breakdown.groupOf))] } };
}

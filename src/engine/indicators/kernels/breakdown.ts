/** Kernel: rows by fixed groups (#5, #13, #18–#20) or by the first group test that holds (#2, #4 without an outcome column). */
import type { BaseRow } from '../../lists';
import { isOpenAt } from '../../derived/open-at';
import type { IndicatorContext } from '../context';
import type { AnyBreakdown, AnyOutcomeBreakdown, Breakdown, ListKey, OutcomeBreakdown, RowOf } from '../definitions/types';
import { countIntoGroups } from '../common/groups';
import { compileTest } from './another-event';

type Row = RowOf<ListKey> & BaseRow;

/** Rows dated in the report period (1 April to S) by a date field. */
export function rowsInPeriod<R>(rows: readonly R[], date: keyof R, ctx: IndicatorContext): R[] {
  const { start, end } = ctx.period;
  return rows.filter((r) => {
    const d = r[date] as number | null;
    return d !== null && d >= start && d <= end;
  });
}

export function breakdownCounts(definition: AnyBreakdown, ctx: IndicatorContext): number[] {
  // One widening per kernel: each definition was checked against its own list's rows.
  const def = definition as unknown as Breakdown<ListKey>;
  const rows = breakdownRows(def, ctx);
  return countIntoGroups(rows, def.groups.labels, def.groups.prepare(ctx));
}

function breakdownRows(def: Breakdown<ListKey>, ctx: IndicatorContext): readonly RowOf<ListKey>[] {
  const rows = (ctx.parsed.lists[def.list] ?? []) as readonly RowOf<ListKey>[];
  switch (def.rows.in) {
    case 'the period':
      return rowsInPeriod(rows, def.rows.date as keyof RowOf<ListKey>, ctx);
    case 'open at S':
      return rows.filter((r) => isOpenAt(r as unknown as { start: number; end: number | null }, ctx.period.end));
    case 'current care at S':
      return ctx.derived.atPeriodEnd.care as unknown as readonly RowOf<ListKey>[];
  }
}

/** Counts per fallback group of the rows in the period: the first group whose test holds, else the last ("otherwise"). */
export function firstMatchCounts(definition: AnyOutcomeBreakdown, ctx: IndicatorContext): number[] {
  const def = definition as unknown as OutcomeBreakdown<ListKey>;
  const rows = (ctx.parsed.lists[def.list] ?? []) as readonly Row[];
  const tests = def.fallback.groups.map((g) => compileTest(g.test, ctx, def.list));
  const counts = new Array<number>(tests.length + 1).fill(0);
  const date = def.date as keyof Row;
  const { start, end } = ctx.period;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const d = row[date] as number | null;
    if (d === null || d < start || d > end) continue;
    let group = 0;
    while (group < tests.length && !tests[group](row, r, d)) group++;
    counts[group] += 1;
  }
  return counts;
}

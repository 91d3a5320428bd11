/**
 * Kernel: "the same child has another event in a window" (#2 and #4 without an outcome column,
 * #6, #14), and the row tests combined with it. A definition's test is compiled once per
 * indicator into one predicate; per row it is a binary search within the child's segment of a
 * child timeline (src/engine/derived/timelines.ts).
 */
import type { Day } from '../../types';
import type { BaseRow } from '../../lists';
import { addMonths } from '../../dates';
import { lowerBound, upperBound } from '../../search';
import { NUMBERED_LISTS, type NumberedList } from '../../derived/timelines';
import type { IndicatorContext } from '../context';
import { memoDays } from '../common/day-memo';
import type { ListKey, Test, Timeline, WindowFrom, WindowUntil } from '../definitions/types';

/** A compiled test: the row, its index in its list, and its date (never blank here). */
export type CompiledTest<R> = (row: R, index: number, d: Day) => boolean;

export function compileTest<R extends BaseRow>(test: Test<R>, ctx: IndicatorContext, list: ListKey): CompiledTest<R> {
  switch (test.test) {
    case 'row':
      // Called with (row, index, d); a row test reads the row alone.
      return test.prepare(ctx.settings);
    case 'any of':
      return test.tests.map((t) => compileTest(t, ctx, list)).reduce(either);
    case 'another event':
      return anotherEvent(test.timeline, test.window[0], test.window[1], ctx, list);
  }
}

/** Both tests in one closure, the second only when the first fails (no per-row array walk). */
function either<R>(first: CompiledTest<R>, second: CompiledTest<R>): CompiledTest<R> {
  return (row, index, d) => first(row, index, d) || second(row, index, d);
}

function anotherEvent<R extends BaseRow>(timeline: Timeline, from: WindowFrom, until: WindowUntil, ctx: IndicatorContext, list: ListKey): CompiledTest<R> {
  const timelines = ctx.derived.timelines;
  const { days, offsets } = timelines[timeline];
  const childOf = childLookup<R>(ctx, list);
  const start = windowStart(from, ctx);
  const end = windowEnd(until, ctx);
  return (row, index, d) => {
    const child = childOf(row, index);
    // A child numbered after this timeline was grouped, or not numbered at all, has no events.
    if (child < 0 || child + 1 >= offsets.length) return false;
    const lo = offsets[child];
    const hi = offsets[child + 1];
    const first = lowerBound(days, start(d), lo, hi);
    return first < hi && days[first] < end(d, child);
  };
}



/** The child number of a row: its list's numbering, or (List 1, never numbered) a look-up of the ID. */
function childLookup<R extends BaseRow>(ctx: IndicatorContext, list: ListKey): (row: R, index: number) => number {
  const { childOfRow, children } = ctx.derived.timelines;
  if ((NUMBERED_LISTS as readonly ListKey[]).includes(list)) {
    const numbers = childOfRow[list as NumberedList];
    return (_row, index) => numbers[index];
  }
  return (row) => children.find(row.childId);
}

/** First day of the window (inclusive). Calendar shifts are worked out once per distinct date. */
function windowStart(from: WindowFrom, ctx: IndicatorContext): (d: Day) => Day {
  switch (from.from) {
    case 'any earlier day':
      return () => -Infinity;
    case 'the same day':
      return (d) => d;
    case 'months before': {
      const months = from.months(ctx.settings);
      return memoDays((d) => addMonths(d, -months));
    }
  }
}

/** First day after the window (exclusive). */
function windowEnd(until: WindowUntil, ctx: IndicatorContext): (d: Day, child: number) => Day {
  switch (until.until) {
    case 'the day before':
      return (d) => d;
    case 'days after': {
      const days = until.days(ctx.settings);
      return (d) => d + days + 1;
    }
    case 'the next later event': {
      const { days, offsets } = ctx.derived.timelines[until.timeline];
      return (d, child) => {
        const hi = offsets[child + 1];
        const next = upperBound(days, d, offsets[child], hi);
        return next < hi ? days[next] : Infinity;
      };
    }
  }
}

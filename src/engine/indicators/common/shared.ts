/**
 * The IndicatorContext cache: groupings that several indicators and district blocks need,
 * computed once per context, on first use, in this one place (not once per indicator):
 * child numbers per list, days grouped by child, the counted rows of Lists 6 and 8, open masks
 * and distinct-children counts at the month ends, current rows at a date, distinct care leavers.
 * Everything here is a pure function of the context, which the engine never changes after
 * building it; the cache lives on the context object, so a new context starts afresh.
 */
import type { Day } from '../../types';
import type { CareLeaverRow, CinRow, ClaRow, CpRow } from '../../lists';
import type { Month } from '../../period';
import type { IndicatorContext } from '../context';
import { ChildIndex, dayColumn, groupDaysByChild, type DaysByChild } from './child-index';
import { childOpenMasks, countOpenChildren, currentRowsAt, unionMasks } from './open-masks';
import { monthIndexer, previousYearMonths } from './months';
import { isShortBreak } from './cla';
import { isExcludedCinEpisode } from './cin';
import { distinctYoungPeople } from './care-leavers';

/** Lists looked up by child (List 1 is only ever looked up, never numbered: see contacts.ts; List 9 is one row per young person, see care-leavers.ts). */
const NUMBERED_LISTS = [3, 4, 6, 7, 8] as const;
type NumberedList = (typeof NUMBERED_LISTS)[number];

export class IndicatorShared {
  private readonly memo = new Map<string, unknown>();

  constructor(private readonly ctx: IndicatorContext) {}

  /** Every cached value is an object (never undefined), so one lookup tells whether it is made. */
  private once<T>(key: string, make: () => T): T {
    let value = this.memo.get(key) as T | undefined;
    if (value === undefined) this.memo.set(key, (value = make()));
    return value;
  }

  /** Every child of Lists 3, 4, 6, 7, 8, numbered once, in that order. */
  get children(): ChildIndex {
    return this.once('children', () => {
      const index = new ChildIndex();
      for (const list of NUMBERED_LISTS) {
        const rows = this.ctx.parsed.lists[list];
        this.memo.set(`childOfRow:${list}`, rows ? index.internRows(rows) : new Int32Array(0));
      }
      return index;
    });
  }

  get childCount(): number {
    return this.children.size;
  }

  /** Child number of each row of the list (empty when the list is absent). */
  childOfRow(list: NumberedList): Int32Array {
    void this.children;
    return this.memo.get(`childOfRow:${list}`) as Int32Array;
  }

  /** Month index of a day in the report months (-1 outside). */
  get monthIndex(): (d: Day) => number {
    return this.once('monthIndex', () => monthIndexer(this.ctx.period.months));
  }

  get previousMonths(): Month[] {
    return this.once('previousMonths', () => previousYearMonths(this.ctx.period));
  }

  get previousMonthIndex(): (d: Day) => number {
    return this.once('previousMonthIndex', () => monthIndexer(this.previousMonths));
  }

  get monthEnds(): Day[] {
    return this.once('monthEnds', () => this.ctx.period.months.map((m) => m.last));
  }

  /** 1 for each List 8 row that counts (not V3/V4 short breaks). */
  get countedCare(): Uint8Array {
    return this.once('countedCare', () => flags(this.ctx.parsed.lists[8] ?? [], (r) => !isShortBreak(r)));
  }

  get countedCareRows(): ClaRow[] {
    return this.once('countedCareRows', () => {
      const counted = this.countedCare; // once, not per row: the getter is a cache lookup
      return (this.ctx.parsed.lists[8] ?? []).filter((_, i) => counted[i] === 1);
    });
  }

  /** 1 for each List 6 episode that counts (not closed RC8/RC9). */
  get countedCin(): Uint8Array {
    return this.once('countedCin', () => flags(this.ctx.parsed.lists[6] ?? [], (r) => !isExcludedCinEpisode(r)));
  }

  get countedCinRows(): CinRow[] {
    return this.once('countedCinRows', () => {
      const counted = this.countedCin; // once, not per row: the getter is a cache lookup
      return (this.ctx.parsed.lists[6] ?? []).filter((_, i) => counted[i] === 1);
    });
  }

  /** Referral dates per child (List 3). */
  get referralDays(): DaysByChild {
    return this.once('referralDays', () => this.daysByChild(3, this.ctx.parsed.lists[3] ?? [], 'date'));
  }

  /** Assessment start dates per child (List 4). */
  get assessmentStarts(): DaysByChild {
    return this.once('assessmentStarts', () => this.daysByChild(4, this.ctx.parsed.lists[4] ?? [], 'start'));
  }

  /** Plan start dates per child (List 7). */
  get planStarts(): DaysByChild {
    return this.once('planStarts', () => this.daysByChild(7, this.ctx.parsed.lists[7] ?? [], 'start'));
  }

  private daysByChild<T>(list: NumberedList, rows: readonly T[], field: keyof T): DaysByChild {
    return groupDaysByChild(this.childOfRow(list), dayColumn(rows, field), this.childCount);
  }

  /** Per child: month ends at which a counted period of care is open. */
  get careMasks(): Int32Array {
    return this.once('careMasks', () => childOpenMasks(this.ctx.parsed.lists[8] ?? [], this.childOfRow(8), this.countedCare, this.monthEnds, this.childCount));
  }

  /** Per child: month ends at which a plan is open. */
  get planMasks(): Int32Array {
    return this.once('planMasks', () => childOpenMasks(this.ctx.parsed.lists[7] ?? [], this.childOfRow(7), null, this.monthEnds, this.childCount));
  }

  /** Per child: month ends at which a counted CIN episode is open. */
  get cinMasks(): Int32Array {
    return this.once('cinMasks', () => childOpenMasks(this.ctx.parsed.lists[6] ?? [], this.childOfRow(6), this.countedCin, this.monthEnds, this.childCount));
  }

  /** Children looked after at each month end (#9, #10). */
  get careMonthEndCounts(): number[] {
    return this.once('careMonthEndCounts', () => countOpenChildren(this.careMasks, this.monthEnds.length));
  }

  /** Children on a plan at each month end (#11, #12). */
  get planMonthEndCounts(): number[] {
    return this.once('planMonthEndCounts', () => countOpenChildren(this.planMasks, this.monthEnds.length));
  }

  /** Children in need (national definition: episode, plan or care) at each month end (#16, #17). */
  get cinMonthEndCounts(): number[] {
    return this.once('cinMonthEndCounts', () =>
      countOpenChildren(unionMasks([this.cinMasks, this.planMasks, this.careMasks], this.childCount), this.monthEnds.length),
    );
  }

  /** Each child looked after at d once, with its current counted period of care. */
  currentCare(d: Day): ClaRow[] {
    return this.once(`currentCare:${d}`, () => currentRowsAt(this.ctx.parsed.lists[8] ?? [], this.childOfRow(8), this.countedCare, d, this.childCount));
  }

  /** Each child on a plan at d once, with its current plan. */
  currentPlans(d: Day): CpRow[] {
    return this.once(`currentPlans:${d}`, () => currentRowsAt(this.ctx.parsed.lists[7] ?? [], this.childOfRow(7), null, d, this.childCount));
  }

  /** Each child with a counted CIN episode open at d once, with its current episode. */
  currentCin(d: Day): CinRow[] {
    return this.once(`currentCin:${d}`, () => currentRowsAt(this.ctx.parsed.lists[6] ?? [], this.childOfRow(6), this.countedCin, d, this.childCount));
  }

  /** List 9, one row per young person (the last row of the sheet wins). */
  get youngPeople(): CareLeaverRow[] {
    return this.once('youngPeople', () => distinctYoungPeople(this.ctx.parsed.lists[9] ?? []));
  }
}

function flags<T>(rows: readonly T[], counts: (row: T) => boolean): Uint8Array {
  const counted = new Uint8Array(rows.length);
  for (let i = 0; i < rows.length; i++) counted[i] = counts(rows[i]) ? 1 : 0;
  return counted;
}

/**
 * Where a context keeps its cache: a hidden property of the context itself, not a WeakMap keyed
 * by it. The cache refers back to its context, and V8's young-generation collections keep such a
 * WeakMap entry (so the whole build: every parsed row) alive until the next full collection; the
 * following builds' collections then copied the previous build's lists, about a quarter of a
 * scale-1 build's time (docs/performance.md).
 */
const CACHE = Symbol('IndicatorShared');
type CachingContext = IndicatorContext & { [CACHE]?: IndicatorShared };

/** The cache of this context (made on first use). */
export function shared(ctx: IndicatorContext): IndicatorShared {
  const holder = ctx as CachingContext;
  let found = holder[CACHE];
  if (!found) Object.defineProperty(holder, CACHE, { value: (found = new IndicatorShared(ctx)), enumerable: false });
  return found;
}

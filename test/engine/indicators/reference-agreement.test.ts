/**
 * The safety net for every optimisation of the kernels: on random extracts, the engine's
 * executor and the naive reference interpreter (test/reference/) give the same figures for every
 * definition of the registry. Extracts draw from a few children (so children have many rows),
 * dates from 2019 to 2022 weighted towards leap days, month ends and repeats (same-day events),
 * and any list may be missing or empty.
 */
import fc from 'fast-check';
import type { Day } from '../../../src/engine/types';
import type { AssessmentRow, CareLeaverRow, CinRow, ClaRow, ContactRow, CpRow, ListRows, ReferralRow } from '../../../src/engine/lists';
import { DEFINITIONS, INDICATOR_IDS } from '../../../src/engine/indicators/definitions/registry';
import { computeIndicator } from '../../../src/engine/indicators/execute';
import { makeIndicatorContext, type IndicatorContext } from '../../../src/engine/indicators/context';
import { makePeriod } from '../../../src/engine/calendar/period';
import { referenceIndicator } from '../../reference/interpret';
import { d, parsedLists, stubResolver, testSettings } from '../fixtures';

const CHILDREN = ['A', 'B', 'C', 'D', 'E', 'F'];
const FIRST = d('2019-01-01');
const LAST = d('2022-06-30');
/** Days where off-by-one rules bite: leap days and the days around them, month and quarter ends. */
const EDGES = ['2020-02-28', '2020-02-29', '2020-03-01', '2021-02-28', '2021-03-01', '2021-03-31', '2021-04-01', '2021-06-30', '2021-07-01', '2021-09-30', '2022-02-28', '2022-03-31'].map(d);

const day = fc.oneof({ weight: 3, arbitrary: fc.integer({ min: FIRST, max: LAST }) }, { weight: 2, arbitrary: fc.constantFrom(...EDGES) });
const child = fc.constantFrom(...CHILDREN);
const maybeEnd = (start: Day) => fc.option(fc.integer({ min: 0, max: 900 }).map((n) => start + n), { nil: null });

let nextRow = 2;
function base(childId: string) {
  return { row: nextRow++, childId, dateOfBirth: null, district: null, postcode: null, team: null };
}

const contactRow = fc.record({ c: child, date: day }).map(({ c, date }): ContactRow => ({ ...base(c), date, source: null, outcome: null }));
const referralRow = fc
  .record({ c: child, date: day, nfa: fc.constantFrom(true, false, null), source: fc.constantFrom(null, '1A', '2A', '3', '10', 'ZZ') })
  .map(({ c, date, nfa, source }): ReferralRow => ({ ...base(c), date, source, nfa, referralsLast12Months: null, outcome: null }));
const assessmentRow = fc
  .record({ c: child, start: day, wait: fc.option(fc.integer({ min: -5, max: 120 }), { nil: null }) })
  .map(({ c, start, wait }): AssessmentRow => ({ ...base(c), start, authorised: wait === null ? null : start + wait }));
const cinRow = fc
  .record({ c: child, start: day, reason: fc.constantFrom(null, 'RC1', 'RC8', 'RC9') })
  .chain(({ c, start, reason }) => maybeEnd(start).map((end): CinRow => ({ ...base(c), start, end, closureReason: end === null ? null : reason })));
const planRow = fc
  .record({ c: child, start: day, previous: fc.constantFrom(0, 0, 1), category: fc.constantFrom(null, 'NEG', 'EMO', 'MUL') })
  .chain(({ c, start, previous, category }) =>
    maybeEnd(start).map((end): CpRow => ({ ...base(c), start, end, latestCategory: category as CpRow['latestCategory'], initialCategory: null, previousPlans: previous })),
  );
const careRow = fc
  .record({ c: child, start: day, status: fc.constantFrom('C2', 'V2', 'V3', 'V4', null), type: fc.constantFrom(null, 'U1', 'K2', 'X9'), location: fc.constantFrom(null, 'in', 'out') })
  .chain(({ c, start, status, type, location }) =>
    maybeEnd(start).map((end): ClaRow => ({
      ...base(c), start, end, legalStatus: status, legalStatusStart: null, placementType: type, placementPostcode: location === null ? 'WR1 1AA' : null,
      placementLocation: location as ClaRow['placementLocation'],
    })),
  );
const leaverRow = fc
  .record({ c: child, born: fc.integer({ min: d('1998-01-01'), max: d('2003-12-31') }), inTouch: fc.constantFrom(null, 'YES', 'NO', 'DIED'), activity: fc.constantFrom(null, 'F1', 'G4', 'P3') })
  .map(({ c, born, inTouch, activity }): CareLeaverRow => ({
    ...base(c), dateOfBirth: born, inTouch: inTouch as CareLeaverRow['inTouch'], suitable: null, accommodationType: activity === 'F1' ? 'U1' : null, activity,
  }));

/** A list that is missing (undefined), empty, or a few to many rows. */
const list = <T>(row: fc.Arbitrary<T>) => fc.option(fc.array(row, { maxLength: 25 }), { nil: undefined, freq: 5 });

const extract = fc.record({
  1: list(contactRow), 3: list(referralRow), 4: list(assessmentRow), 6: list(cinRow), 7: list(planRow), 8: list(careRow), 9: list(leaverRow),
});
const period = fc.record({ year: fc.constantFrom(2020, 2021), quarter: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4> });

function buildContext(lists: Partial<ListRows>, year: number, quarter: 1 | 2 | 3 | 4): IndicatorContext {
  const present = Object.fromEntries(Object.entries(lists).filter(([, rows]) => rows !== undefined)) as Partial<ListRows>;
  return makeIndicatorContext(parsedLists(present), makePeriod(year, quarter), testSettings(), stubResolver);
}

/** The engine's figures in the reference's shape: benchmarks left out (a table look-up, not a kernel). */
function engineFigures(ctx: IndicatorContext, id: (typeof INDICATOR_IDS)[number]) {
  const result = computeIndicator(DEFINITIONS[id], ctx);
  const series: Record<string, (number | null)[]> = {};
  for (const s of result.series) if (!s.benchmark) series[s.name] = s.values;
  if (result.breakdown) for (const s of result.breakdown.series) series[s.name] = s.values;
  return { available: result.available, categories: result.categories, series };
}

describe('the engine agrees with the naive reference interpreter', () => {
  it.each(INDICATOR_IDS)('indicator %i on random extracts', (id) => {
    fc.assert(
      fc.property(extract, period, (lists, { year, quarter }) => {
        const ctx = buildContext(lists, year, quarter);
        expect(engineFigures(ctx, id)).toEqual(referenceIndicator(DEFINITIONS[id], ctx));
      }),
      { numRuns: 60 },
    );
  });

  it('agrees on a child with many rows, same-day events and a leap-day look-back (#6, #14, #4)', () => {
    const ref = (date: string): ReferralRow => ({ ...base('A'), date: d(date), source: null, nfa: null, referralsLast12Months: null, outcome: null });
    const ctx = buildContext({ 3: ['2023-02-28', '2024-02-29', '2024-02-29', '2024-03-01'].map(ref), 4: [] }, 2023, 4);
    for (const id of [4, 6] as const) expect(engineFigures(ctx, id)).toEqual(referenceIndicator(DEFINITIONS[id], ctx));
    // Hand-worked: 28/02/2023 is within 12 months of both 29/02/2024 referrals; 01/03/2024 has them too.
    expect(engineFigures(ctx, 6).series['Re-referrals'][11]).toBe(3);
  });
});

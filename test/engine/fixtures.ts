/**
 * Small hand-made rows for the calculation tests: factories with sensible blanks, ISO dates read
 * as Day numbers, a stub district resolver, and a context for a chosen period.
 */
import type { Day } from '../../src/engine/types';
import type {
  AssessmentRow, CareLeaverRow, CinRow, ClaRow, ContactRow, CpRow, ListRows, ParsedLists, ReferralRow,
} from '../../src/engine/lists';
import type { Settings } from '../../src/engine/settings/types';
import type { DistrictBlock, IndicatorResult, Results } from '../../src/engine/results';
import type { DistrictResolver } from '../../src/engine/districts/resolve';
import { makeIndicatorContext, type IndicatorContext } from '../../src/engine/indicators/context';
import { dayFromYmd } from '../../src/engine/dates';
import { defaultSettings } from '../../src/engine/settings/defaults';
import { makePeriod } from '../../src/engine/calendar/period';

/** "2021-04-01" → Day. */
export function d(iso: string): Day {
  const [y, m, day] = iso.split('-').map(Number);
  return dayFromYmd(y, m, day);
}

function dOrNull(iso: string | null | undefined): Day | null {
  return iso ? d(iso) : null;
}

let nextRow = 2;
function base(childId: string) {
  return { row: nextRow++, childId, dateOfBirth: null, district: null, postcode: null, team: null };
}

export function contact(childId: string, date: string, extra: Partial<ContactRow> = {}): ContactRow {
  return { ...base(childId), date: d(date), source: null, outcome: null, ...extra };
}

export function referral(childId: string, date: string, extra: Partial<ReferralRow> = {}): ReferralRow {
  return { ...base(childId), date: d(date), source: null, nfa: null, referralsLast12Months: null, outcome: null, ...extra };
}

export function assessment(childId: string, start: string, authorised: string | null, extra: Partial<AssessmentRow> = {}): AssessmentRow {
  return { ...base(childId), start: d(start), authorised: dOrNull(authorised), ...extra };
}

export function cin(childId: string, start: string, end: string | null, extra: Partial<CinRow> = {}): CinRow {
  return { ...base(childId), start: d(start), end: dOrNull(end), closureReason: null, ...extra };
}

export function plan(childId: string, start: string, end: string | null, extra: Partial<CpRow> = {}): CpRow {
  return { ...base(childId), start: d(start), end: dOrNull(end), latestCategory: null, initialCategory: null, previousPlans: 0, ...extra };
}

export function care(childId: string, start: string, end: string | null, extra: Partial<ClaRow> = {}): ClaRow {
  return {
    ...base(childId), start: d(start), end: dOrNull(end), legalStatus: 'C2', legalStatusStart: null,
    placementType: null, placementPostcode: null, placementLocation: null, ...extra,
  };
}

export function leaver(childId: string, dateOfBirth: string, extra: Partial<CareLeaverRow> = {}): CareLeaverRow {
  return { ...base(childId), dateOfBirth: d(dateOfBirth), inTouch: null, suitable: null, accommodationType: null, activity: null, ...extra };
}

export function parsedLists(lists: Partial<ListRows>, columns: Partial<Record<keyof ListRows, string[]>> = {}): ParsedLists {
  const info: ParsedLists['info'] = {};
  for (const key of Object.keys(lists)) {
    const list = Number(key) as keyof ListRows;
    info[list] = { list, sheet: `List ${list}`, rowsRead: lists[list]?.length ?? 0, rowsExcluded: 0, columns: columns[list] ?? [], earliest: {} };
  }
  return { lists, info, problems: [], ignoredSheets: [] };
}

/**
 * A resolver stub: the row's District column when set, else Unknown; placement postcodes
 * starting "WR" are Worcester (inside), any other non-blank postcode Outside.
 */
export const stubResolver: DistrictResolver = {
  homeDistrict: (row) => row.district ?? 'Unknown',
  placementDistrict: (row) => {
    if (row.district) return row.district;
    if (!row.placementPostcode) return 'Unknown';
    return row.placementPostcode.startsWith('WR') ? 'Worcester' : 'Outside the authority';
  },
  isInsideAuthority: (postcode) => (postcode === null || postcode.trim() === '' ? null : postcode.startsWith('WR')),
};

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ...overrides };
}

export function context(lists: Partial<ListRows>, options: { year?: number; quarter?: 1 | 2 | 3 | 4; settings?: Partial<Settings>; columns?: Partial<Record<keyof ListRows, string[]>> } = {}): IndicatorContext {
  return makeIndicatorContext(parsedLists(lists, options.columns), makePeriod(options.year ?? 2021, options.quarter ?? 2), testSettings(options.settings), stubResolver);
}

/** Values of the named series of a result-like object. */
export function values(result: { series: { name: string; values: (number | null)[] }[] }, name: string): (number | null)[] {
  const series = result.series.find((s) => s.name === name);
  if (!series) throw new Error(`no series ${name} in ${result.series.map((s) => s.name).join(', ')}`);
  return series.values;
}

/** A Results value for 2021/22 Q2 in Testshire around the given indicators, district blocks and problems. */
export function resultsOf(indicators: IndicatorResult[], districts: { names: string[]; blocks: DistrictBlock[] }, problems: Results['problems'] = { count: 0, items: [] }): Results {
  return {
    generator: { name: 'csc-report-builder', version: '0.1.0' },
    authority: 'Testshire',
    period: { financialYear: '2021/22', quarter: 2, start: '2021-04-01', end: '2021-09-30', previousQuarterEnd: '2021-06-30' },
    threshold: 10,
    indicators,
    districts,
    problems,
  };
}

/**
 * A hand-made BuildOutput for the report-model tests: a few indicators (monthly counts, a rate with
 * a benchmark, a started/ceased combination, a breakdown, an unavailable one, #21 with its
 * breakdown, #22 with benchmarks), district blocks, and problems that include child-level values.
 */
import { dayFromYmd } from '../../src/engine/dates';
import type { ParsedLists } from '../../src/engine/lists';
import type { ReportPeriod } from '../../src/engine/period';
import type { DistrictBlock, IndicatorResult, Results, Series } from '../../src/engine/results';
import { defaultSettings } from '../../src/engine/settings/defaults';
import type { Settings } from '../../src/engine/settings/types';
import type { ReportInput } from '../../src/report/build-model';
import { resultsOf } from '../engine/fixtures';

export const CHILD_ID = '000123';
export const POSTCODE = 'WR1 2EY';
export const DATE_OF_BIRTH = '14/03/2009';

const MONTHS = ['2021-04', '2021-05', '2021-06'];

function series(name: string, unit: Series['unit'], values: (number | null)[], extra: Partial<Series> = {}): Series {
  return { name, unit, values, suppressed: values.map(() => false), ...extra };
}

function indicator(id: number, title: string, kind: IndicatorResult['kind'], categories: string[], s: Series[], extra: Partial<IndicatorResult> = {}): IndicatorResult {
  return { id, title, definition: `Definition of ${id}`, kind, available: true, reason: null, categories, series: s, warnings: [], ...extra };
}

function block(id: DistrictBlock['id'], title: string, categories: string[], s: Series[], extra: Partial<DistrictBlock> = {}): DistrictBlock {
  return { id, title, definition: `Definition of ${id}`, available: true, reason: null, categories, series: s, ...extra };
}

const DISTRICTS = ['North', 'South/East', 'Outside the authority', 'Unknown'];

export function fixtureResults(): Results {
  const indicators: IndicatorResult[] = [
    indicator(13, 'Current child protection plans – latest category of abuse (at S)', 'breakdown', ['Neglect', 'Physical abuse', 'Sexual abuse', 'Emotional abuse'], [
      series('Plans', 'count', [200, 5, 30, 22]),
      series('Percent', 'percent', [77.8, 1.9, 11.7, 8.6], { numeratorSeries: 'Plans', denominator: [257, 257, 257, 257] }),
    ]),
    indicator(1, 'Total contacts received', 'monthly', MONTHS, [series('Contacts', 'count', [120, 5, 130]), series('Previous year', 'count', [100, null, 110])], {
      warnings: ['List 1 starts on 01/01/2021: previous-year figures are partly missing'],
    }),
    indicator(9, 'Children looked after – rate per 10,000 aged under 18', 'monthly', MONTHS, [
      series('Children looked after', 'count', [850, 856, 861]),
      series('Rate', 'rate', [71.2, 71.7, 72.1], { numeratorSeries: 'Children looked after', denominator: [119353, 119353, 119353] }),
      series('England', 'rate', [67, 67, 67], { benchmark: true }),
    ]),
    indicator(10, 'Children looked after – starting, ceasing and number at month end', 'monthly', MONTHS, [
      series('Started', 'count', [12, 15, 14]),
      series('Ceased', 'count', [11, 10, 10]),
      series('At month end', 'count', [850, 856, 861]),
    ]),
    indicator(20, 'Current children looked after – legal status (at S)', 'breakdown', [], [], {
      available: false,
      reason: 'List 8 (Children in care) was not found in the workbook',
    }),
    indicator(21, 'Care leavers aged 19–21 the authority is in touch with', 'period', ['2021/22 Q2'], [
      series('Cohort', 'count', [60]),
      series('In touch', 'count', [52]),
      series('Percent', 'percent', [86.7], { numeratorSeries: 'In touch', denominator: [60] }),
    ], { breakdown: { categories: ['Yes', 'No', 'Died', 'Refused'], series: [series('Young people', 'count', [52, 6, 0, 2])] } }),
    indicator(22, 'Care leavers aged 19–21 in suitable accommodation', 'period', ['2021/22 Q2'], [
      series('Cohort', 'count', [60]),
      series('Suitable', 'count', [55]),
      series('Percent', 'percent', [91.7], { numeratorSeries: 'Suitable', denominator: [60] }),
      series('England', 'percent', [88], { benchmark: true }),
      series('Region', 'percent', [87], { benchmark: true }),
      series('Statistical neighbours', 'percent', [89], { benchmark: true }),
    ]),
  ];
  const blocks: DistrictBlock[] = [
    block('cla-by-placement-district', 'Children looked after by district of placement postcode', DISTRICTS, [
      series('2021-06-30', 'count', [400, 300, 150, 6]),
      series('2021-09-30', 'count', [410, 305, 148, 12]),
    ]),
    block('care-leavers-in-touch-pct', 'Care leavers in touch', DISTRICTS, [], { available: false, reason: 'List 9 (Care leavers) was not found in the workbook' }),
    block('cp-number', 'Children on a child protection plan', DISTRICTS, [series('Children on a plan', 'count', [150, 60, 0, 3])]),
    block('cp-rate', 'Children on a child protection plan – rate per 10,000', DISTRICTS, [
      series('Rate', 'rate', [75, 60, null, null], { numerator: [150, 60, 0, 3], denominator: [20000, 10000, null, null] }),
    ]),
    block('cp-category-pct', 'Child protection plans by latest category of abuse', ['Neglect', 'Physical abuse', 'Sexual abuse'], [
      series('North', 'percent', [80, 6.7, 13.3], { numerator: [120, 10, 20], denominator: [150, 150, 150] }),
      series('South/East', 'percent', [83.3, 6.7, 10], { numerator: [50, 4, 6], denominator: [60, 60, 60] }),
      series('Unknown', 'percent', [100, 0, 0], { numerator: [3, 0, 0], denominator: [3, 3, 3] }),
    ]),
  ];
  return resultsOf(indicators, { names: DISTRICTS, blocks }, {
    count: 250,
    items: [
      { list: 3, sheet: 'List_3', row: 17, column: 'Date of Referral', columnIndex: 1, value: '31/02/2021', message: 'not a date', severity: 'error', excluded: true },
      { list: 1, sheet: 'List_1', row: 5, column: 'Child Unique ID', value: null, message: 'duplicate ID', severity: 'warning' },
      // Belt and braces: child-level values that slipped through must still not be written.
      { list: 8, sheet: 'List_8', row: 9, column: 'Placement postcode', value: POSTCODE, message: 'postcode not found', severity: 'warning' },
      { list: 9, sheet: 'List_9', row: 4, column: 'Child ID', value: CHILD_ID, message: 'blank ID', severity: 'warning' },
      { list: 9, sheet: 'List_9', row: 6, column: 'DOB', value: DATE_OF_BIRTH, message: 'age over 25', severity: 'warning' },
    ],
  });
}

export function fixtureSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings(),
    authority: 'Testshire',
    population: 119353,
    districts: [{ name: 'North', population: 20000 }, { name: 'South/East', population: 10000 }],
    threshold: 10,
    suppressTables: false,
    ...overrides,
  };
}

function fixturePeriod(): ReportPeriod {
  return {
    fyStartYear: 2021,
    quarter: 2,
    start: dayFromYmd(2021, 4, 1),
    end: dayFromYmd(2021, 9, 30),
    previousQuarterEnd: dayFromYmd(2021, 6, 30),
    months: [],
    financialYearLabel: '2021/22',
    label: '2021/22 Q2',
  };
}

function fixtureParsed(): ParsedLists {
  const info = (list: 1 | 3, sheet: string, rowsRead: number, rowsExcluded: number) => ({ list, sheet, rowsRead, rowsExcluded, columns: [], earliest: {} });
  return { lists: {}, info: { 1: info(1, 'List_1', 500, 2), 3: info(3, 'List_3', 320, 1) }, problems: [], ignoredSheets: ['Notes'] };
}

export function fixtureInput(settings: Partial<Settings> = {}): ReportInput {
  return { results: fixtureResults(), parsed: fixtureParsed(), period: fixturePeriod(), settings: fixtureSettings(settings) };
}

/** 5 October 2021 14:30 local time. */
export const BUILT_AT = new Date(2021, 9, 5, 14, 30);

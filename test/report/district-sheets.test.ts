import { buildReportModel } from '../../src/report/build-model';
import { scaleStep, SCALE_FILLS } from '../../src/report/district-summary';
import type { ChartSpec, ReportModel } from '../../src/report/model';
import { fixtureInput } from './fixture';
import { rangeValues, rowLabelled, sheetNamed } from './helpers';

const BUILT_AT = new Date(2021, 9, 5, 14, 30);

function chart(model: ReportModel, id: string): ChartSpec {
  const found = model.sheets.flatMap((s) => s.charts).find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}

describe('district profile (fixture: North, South/East; Testshire population 119,353)', () => {
  const model = buildReportModel(fixtureInput(), { builtAt: BUILT_AT });
  const north = sheetNamed(model, 'North');

  it('puts every district measure of North beside the authority', () => {
    expect(rowLabelled(north, 'Measure').map((c) => c.value)).toEqual(['Measure', 'North', 'Testshire']);
    // Authority = sum of the four areas: 410 + 305 + 148 + 12 = 875.
    expect(rowLabelled(north, 'Looked after at 30/09/2021').map((c) => c.value)).toEqual(['Looked after at 30/09/2021', 410, 875]);
    expect(rowLabelled(north, 'On a child protection plan').map((c) => c.value)).toEqual(['On a child protection plan', 150, 213]);
    // 10,000 × 213 ÷ 119,353 = 17.85 → 17.8
    expect(rowLabelled(north, 'On a plan: rate per 10,000').map((c) => c.value)).toEqual(['On a plan: rate per 10,000', 75, 17.8]);
    // Neglect: (120 + 50 + 3) ÷ (150 + 60 + 3) = 173 ÷ 213 = 81.2 %
    expect(rowLabelled(north, 'Plans: Neglect (%)').map((c) => c.value)).toEqual(['Plans: Neglect (%)', 80, 81.2]);
    expect(north.cells.some((c) => c.value === 'Not available: Care leavers in touch (List 9 (Care leavers) was not found in the workbook)')).toBe(true);
  });

  it('compares North with the other districts, its own bar highlighted, and never draws one bar', () => {
    const cla = chart(model, 'district-North-cla-by-placement-district');
    expect(rangeValues(model, cla.categories)).toEqual(['North', 'South/East']);
    expect(rangeValues(model, cla.series[0].values)).toEqual([410, 305]);
    expect(cla.series[0].pointColors).toEqual(['#12436D', '#BFBFBF']);
    const rate = chart(model, 'district-North-cp-rate');
    // South/East's 60 is hidden (its count of 60 is the second suppression beside Unknown's 3): a gap, never 0.
    expect(rangeValues(model, rate.categories)).toEqual(['North', 'South/East', 'Testshire']);
    expect(rangeValues(model, rate.series[0].values)).toEqual([75, null, 17.8]);
    expect(rate.note).toBe('Numbers below 10 have been suppressed');
    const mix = chart(model, 'district-North-cp-category-pct');
    expect(mix.series.map((s) => [s.name, rangeValues(model, s.values)])).toEqual([
      ['North', [80, 6.7, 13.3]],
      // Physical (10 + 4 + 0) ÷ 213 = 6.6 %; Sexual (20 + 6 + 0) ÷ 213 = 12.2 %
      ['Testshire', [81.2, 6.6, 12.2]],
    ]);
    for (const c of north.charts) expect(c.series.length * (c.categories.lastRow - c.categories.firstRow + 1)).toBeGreaterThan(1);
  });

  it('shows a suppressed value as <10 in the table when tables suppress, and empty in the chart range', () => {
    const suppressing = buildReportModel(fixtureInput({ suppressTables: true }), { builtAt: BUILT_AT });
    const south = sheetNamed(suppressing, 'South East');
    expect(rowLabelled(south, 'On a plan: rate per 10,000').map((c) => c.value)).toEqual(['On a plan: rate per 10,000', '<10', 17.8]);
    expect(rangeValues(suppressing, chart(suppressing, 'district-South-East-cp-rate').series[0].values)).toEqual([75, null, 17.8]);
  });

  it('is one section, so that no page break falls inside the profile', () => {
    expect(north.print.rowBreaks).toBeUndefined();
  });
});

describe('District Summary', () => {
  const model = buildReportModel(fixtureInput(), { builtAt: BUILT_AT });
  const summary = sheetNamed(model, 'District Summary');

  it('puts every measure × every area in one table, the authority and England beside', () => {
    expect(rowLabelled(summary, 'Measure').map((c) => c.value)).toEqual(['Measure', 'North', 'South/East', 'Outside the authority', 'Unknown', 'Testshire']);
    expect(rowLabelled(summary, 'Looked after at 30/06/2021').map((c) => c.value)).toEqual(['Looked after at 30/06/2021', 400, 300, 150, 6, 856]);
    expect(rowLabelled(summary, 'On a plan: rate per 10,000').map((c) => c.value)).toEqual(['On a plan: rate per 10,000', 75, 60, '–', '–', 17.8]);
    expect(rowLabelled(summary, 'Plans: Neglect (%)').map((c) => c.value)).toEqual(['Plans: Neglect (%)', 80, 83.3, '–', 100, 81.2]);
  });

  it('shades the districts of each row, darker for higher, white text on the dark shades', () => {
    const row = rowLabelled(summary, 'Looked after at 30/09/2021');
    // North 410 is the row's highest: darkest shade, white text; South/East 305 the lowest: lightest.
    expect([row[1].fill, row[1].fontColor]).toEqual(['#12436D', '#FFFFFF']);
    expect([row[2].fill, row[2].fontColor]).toEqual(['#EAF2FA', undefined]);
    // Outside the authority, Unknown and the authority are not districts: never shaded.
    expect([row[3].fill, row[4].fill, row[5].fill]).toEqual([undefined, undefined, undefined]);
  });

  it('maps a value to one of five shades, none when the row has nothing to tell apart', () => {
    expect([0, 19, 20, 50, 79, 80, 100].map((v) => scaleStep(v, 0, 100))).toEqual([0, 0, 1, 2, 3, 4, 4]);
    expect(scaleStep(5, 5, 5)).toBeNull();
    expect(SCALE_FILLS).toHaveLength(5);
  });

  it('puts the comparison charts on the second page', () => {
    const charts = summary.charts.map((c) => c.id);
    expect(charts).toEqual(['summary-cla-by-placement-district', 'summary-cp-rate']);
    const second = summary.print.rowBreaks ?? [];
    expect(second).toHaveLength(1);
    for (const c of summary.charts) expect(c.anchor.row).toBeGreaterThan(second[0]);
  });
});

import { chartTitleText, splitByDrawingType } from '../../../src/render/xlsx/chart';
import { MARKER_FORMULA } from '../../../src/render/office/marker';
import { SHEET_MARKER_FORMULA, markerFormula } from '../../../src/render/xlsx/marker';
import { looksLikeFormula } from '../../../src/render/xlsx/write-cells';
import type { ChartSeriesSpec, ChartSpec, RangeRef } from '../../../src/report/model';

const r: RangeRef = { sheet: 'Chart Data', firstRow: 0, firstCol: 0, lastRow: 0, lastCol: 0 };
const series = (name: string, type: ChartSeriesSpec['type']): ChartSeriesSpec => ({ name, nameRef: r, values: r, type, color: '#000000', lineStyle: 'solid', marker: 'none' });
const KINDS = { column: 'combination', line: 'line', bar: 'bar' } as const;
const chart = (type: ChartSpec['type'], list: ChartSeriesSpec[], note: string | null = null): ChartSpec => ({
  id: 'x', sheet: 'S', anchor: { row: 0, col: 0 }, width: 10, height: 10, type, kind: KINDS[type], title: 'T', altText: 'T', valueAxisMin: null, categoryAxisTitle: null,
  valueAxisTitle: null, categories: r, series: list, showLegend: true, dataLabels: false, numberFormat: '0', note,
});

describe('looksLikeFormula', () => {
  test('leading = + - @ only', () => {
    expect(['=SUM(A1)', '+44', '-', '@risk', 'a=b', ' =x', '', '<10'].map(looksLikeFormula)).toEqual([true, true, true, true, false, false, false, false]);
  });
});

describe('markerFormula', () => {
  test('the sheet-scoped marker refers to what the add-in writes, so it recognises our sheets', () => {
    expect(SHEET_MARKER_FORMULA).toBe(MARKER_FORMULA);
    expect(SHEET_MARKER_FORMULA).toBe('="csc-report-builder"');
  });

  test('a string constant of the names joined with "/" (a character sheet names cannot hold)', () => {
    expect(markerFormula(['Performance Report', 'Chart Data'])).toBe('="Performance Report/Chart Data"');
    expect(markerFormula(['Say "hi"'])).toBe('="Say ""hi"""');
  });
});

describe('splitByDrawingType', () => {
  test('column + line: columns in the main chart, lines combined', () => {
    const split = splitByDrawingType(chart('column', [series('Started', 'column'), series('Ceased', 'column'), series('At month end', 'line')]));
    expect(split.main.map((s) => s.name)).toEqual(['Started', 'Ceased']);
    expect(split.combined.map((s) => s.name)).toEqual(['At month end']);
    expect(split.combinedType).toBe('line');
  });

  test('line-only chart: no combination', () => {
    const split = splitByDrawingType(chart('line', [series('Rate', 'line'), series('England', 'line')]));
    expect(split.main).toHaveLength(2);
    expect(split.combinedType).toBeNull();
  });

  test('bar chart keeps every series as bars', () => {
    const split = splitByDrawingType(chart('bar', [series('Children', 'bar'), series('Odd', 'line')]));
    expect(split.main.map((s) => s.name)).toEqual(['Children', 'Odd']);
    expect(split.combined).toEqual([]);
  });
});

describe('chartTitleText', () => {
  test('note on a second line, or the title alone', () => {
    expect(chartTitleText(chart('column', [], 'Numbers below 10 have been suppressed'))).toBe('T\nNumbers below 10 have been suppressed');
    expect(chartTitleText(chart('column', []))).toBe('T');
  });
});

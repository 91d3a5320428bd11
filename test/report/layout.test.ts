import { blockHeight, CHART_ROWS, chartAnchorBeside, columnWidths, usedRange } from '../../src/report/layout';
import type { ChartSpec } from '../../src/report/model';
import { NUMBER_FORMATS, STYLE_TABLE } from '../../src/report/styles';

describe('layout', () => {
  it('a 260 px chart covers 13 rows of 20 px, and a block is never shorter', () => {
    expect(CHART_ROWS).toBe(13);
    expect([blockHeight(4), blockHeight(13), blockHeight(20)]).toEqual([13, 13, 20]);
  });
  it('anchors the chart one column right of the table', () => {
    expect(chartAnchorBeside(7, 0, 3)).toEqual({ row: 7, col: 4 });
  });
  it('fits columns to the longest value, ignoring titles, min 8, cap 60', () => {
    const widths = columnWidths([
      { row: 0, col: 0, value: 'A very long title that overflows into empty cells', style: 'title' },
      { row: 1, col: 0, value: 'Emotional abuse', style: 'rowHeader' },
      { row: 1, col: 1, value: 119353, style: 'count' },
      { row: 1, col: 2, value: 'x'.repeat(80), style: 'text' },
      { row: 1, col: 3, value: 5, style: 'count' },
    ]);
    // 15 + 2; "119,353" = 7 shown + 1 + 2 = 10; 80 → 60; 5 → min 8
    expect(widths).toEqual([{ col: 0, width: 17 }, { col: 1, width: 10 }, { col: 2, width: 60 }, { col: 3, width: 8 }]);
  });
  it('the used range reaches the far corner of a chart', () => {
    const chart = { anchor: { row: 7, col: 4 }, width: 480, height: 260 } as ChartSpec;
    // default columns are 64 px: 480 px needs 8 columns, 4..11; 13 rows, 7..19.
    expect(usedRange('S', [{ row: 2, col: 1, value: 1, style: 'count' }], [chart], [])).toEqual({ sheet: 'S', firstRow: 0, firstCol: 0, lastRow: 19, lastCol: 11 });
  });
});

describe('style table', () => {
  it('uses the number formats of outputs.md', () => {
    expect([STYLE_TABLE.count.numberFormat, STYLE_TABLE.rate.numberFormat, STYLE_TABLE.percent.numberFormat, STYLE_TABLE.date.numberFormat]).toEqual([
      '#,##0', '0.0', '0.0"%"', 'dd/mm/yyyy',
    ]);
    expect(NUMBER_FORMATS.percent).toBe('0.0"%"');
    expect(STYLE_TABLE.header.fill).toBe('#D9E1F2');
  });
});

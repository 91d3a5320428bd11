import { blockHeight, CHART_ROWS, chartAnchorBeside, chartLastColumn, columnWidths, rowHeights, usedRange } from '../../src/report/layout';
import { barChartHeight } from '../../src/report/chart-size';
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

describe('chart sizes and wrapped columns', () => {
  it('grows bar charts with their categories: 90 px + 22 a category (+14 per further series), at least 260', () => {
    // #5: 12 referral sources → 90 + 264 = 354; 6 groups → 222, raised to 260; 8 districts × 2 series → 90 + 8 × 36 = 378.
    expect([barChartHeight(12, 1), barChartHeight(6, 1), barChartHeight(8, 2), barChartHeight(20, 1)]).toEqual([354, 260, 378, 530]);
  });
  it('a block beside a 354 px chart takes 18 rows', () => {
    expect(blockHeight(14, 354)).toBe(18);
    expect(blockHeight(20, 354)).toBe(20);
  });
  it('wraps headers longer than 10 characters onto two lines, and row labels longer than 28', () => {
    const widths = columnWidths([
      { row: 0, col: 0, value: 'Independent and semi-independent living', style: 'rowHeader' },
      { row: 0, col: 1, value: 'Statistical neighbours', style: 'header' },
      { row: 0, col: 2, value: 'Completed', style: 'header' },
    ]);
    // label: 28 + 2; "Statistical" / "neighbours" = 11 + 2; "Completed" fits: 9 + 2.
    expect(widths).toEqual([{ col: 0, width: 30 }, { col: 1, width: 13 }, { col: 2, width: 11 }]);
  });
  it('gives wrapped rows 30 pt and title rows their font height', () => {
    const cells = [
      { row: 0, col: 0, value: 'Testshire', style: 'title' as const },
      { row: 2, col: 0, value: 'Quarter 2 2021/22', style: 'subtitle' as const },
      { row: 5, col: 0, value: '1. Total contacts received', style: 'sectionTitle' as const },
      { row: 7, col: 0, value: 'Month', style: 'header' as const },
      { row: 7, col: 1, value: 'Statistical neighbours', style: 'header' as const },
      { row: 8, col: 0, value: 'Apr 2021', style: 'rowHeader' as const },
    ];
    const heights = rowHeights(cells, [{ col: 0, width: 10 }, { col: 1, width: 13 }]);
    expect(heights).toEqual([{ row: 0, height: 21 }, { row: 2, height: 16 }, { row: 5, height: 18 }, { row: 7, height: 30 }]);
  });
  it('finds the column where a chart ends over the sheet widths', () => {
    // Anchor col 3 (96 px at 13 characters), then default 64 px columns: 96 + 64 × 6 = 480 → col 9.
    expect(chartLastColumn({ anchor: { row: 0, col: 3 }, width: 480 }, [{ col: 3, width: 13 }])).toBe(9);
    // 600 px: 96 + 64 × 8 = 608 → col 11.
    expect(chartLastColumn({ anchor: { row: 0, col: 3 }, width: 600 }, [{ col: 3, width: 13 }])).toBe(11);
  });
});

import { writeReport } from '../../../src/render/office/write-report';
import { GENERATED_MARKER } from '../../../src/report/model';
import { FakeExcel, PAYLOAD_LIMIT_BYTES, type InitialSheet } from '../../fakes/fake-excel';
import { makeModel } from './model-fixture';

const FEATURES = { pageLayout: true, suspendScreenUpdating: true };
const quiet = { features: FEATURES, log: () => undefined };

function sources(): InitialSheet[] {
  return [
    { name: 'List_1', values: [['List 1: Contacts'], ['Child Unique ID', 'Date of Contact'], ['00123', 44300], ['=not a formula?', 44301]] },
    { name: 'Report Settings', values: [['Setting', 'Value'], ['Local authority name', 'Worcestershire']] },
  ];
}

describe('writeReport', () => {
  it('creates the model sheets in order, marked, with values, formats, layout and charts', async () => {
    const fake = new FakeExcel(sources());
    await fake.run((context) => writeReport(context, makeModel(4), undefined, quiet));

    expect(fake.sheetNames()).toEqual(['List_1', 'Report Settings', 'Performance Report', 'Chart Data', 'Build Log']);
    for (const name of ['Performance Report', 'Chart Data', 'Build Log']) {
      expect(fake.sheet(name)?.names.map((n) => n.name)).toEqual([GENERATED_MARKER]);
    }
    expect(fake.sheet('Chart Data')?.visibility).toBe('Hidden');
    expect(fake.state.activeSheetId).toBe(fake.sheet('Performance Report')?.id);

    const report = fake.sheet('Performance Report')!;
    expect(fake.cell('Performance Report', 0, 0)).toBe('Worcestershire');
    // Section 2 (s = 1) starts at row 5 + 8 = 13; its first count is 200.
    expect(fake.cell('Performance Report', 15, 1)).toBe(200);
    expect(report.cells['15,1'].numberFormat).toBe('#,##0');
    expect(report.cells['15,2'].numberFormat).toBe('0.0');
    expect(report.cells['14,1'].format).toMatchObject({ bold: true, fill: '#D9E1F2', horizontalAlignment: 'Center' });
    expect(report.cells['14,1'].format.borders).toMatchObject({ top: 'Continuous', bottom: 'Continuous' });
    expect(report.merges).toEqual(['A1:C1']);
    expect(report.frozenRows).toBe(4);
    // 20 characters → (20 × 7 + 5) px × 0.75 = 108.75 pt.
    expect(report.columnWidths['0']).toBe(108.75);
    expect(report.rowHeights['0']).toBe(24);
    expect(report.tabColor).toBe('#1F3864');
    expect(report.pageLayout).toEqual({ orientation: 'Landscape', paperSize: 'A4', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printArea: 'A1:M38', printTitleRows: '$1:$4' });

    // Suppressed Chart Data value of chart 1 (row 2, column B) stays empty.
    expect(fake.cell('Chart Data', 2, 1)).toBe('');
    expect(fake.cell('Chart Data', 1, 1)).toBe(100);

    const log = fake.sheet('Build Log')!;
    expect(log.cells['1,0']).toMatchObject({ value: '=HYPERLINK("x")', numberFormat: '@', formula: false });
  });

  it('writes charts as the model says: types, series ranges on Chart Data, combination, labels, gaps', async () => {
    const fake = new FakeExcel(sources());
    await fake.run((context) => writeReport(context, makeModel(4), undefined, quiet));
    const charts = fake.sheet('Performance Report')!.charts;
    expect(charts.map((c) => [c.name, c.chartType])).toEqual([
      ['ind-01', 'ColumnClustered'],
      ['ind-02', 'ColumnClustered'],
      ['ind-03', 'BarClustered'],
      ['ind-04', 'Line'],
    ]);
    for (const chart of charts) expect(chart.displayBlanksAs).toBe('NotPlotted');

    const [first, combo, bar, lines] = charts;
    expect(first.series).toHaveLength(1);
    expect(fake.describeRef(first.series[0].values)).toBe('Chart Data!B2:B4');
    expect(fake.describeRef(first.series[0].xValues)).toBe('Chart Data!A2:A4');
    expect(first.series[0]).toMatchObject({ name: 'Count', fillColor: '#1F4E79' });
    expect(first.legendVisible).toBe(false);
    expect(first.title).toBe('Indicator 1\nNumbers below 10 have been suppressed');
    // The note (37 characters) starts after "Indicator 1" and the line break: index 12.
    expect(first.titleSubstrings).toEqual([{ start: 12, length: 37, size: 9, italic: true }]);
    expect(first.positionCell).toBe('E7');
    expect([first.width, first.height]).toEqual([360, 195]);
    expect(first.axes['Category/Primary'].title).toBe('Month');
    expect(first.axes['Value/Primary']).toMatchObject({ title: 'Number', numberFormat: '#,##0' });

    expect(combo.series.map((s) => [s.name, s.chartType, s.axisGroup])).toEqual([
      ['Count', null, 'Primary'],
      ['Rate', 'Line', 'Secondary'],
    ]);
    expect(fake.describeRef(combo.series[1].values)).toBe('Chart Data!C6:C8');
    expect(combo.axes['Value/Secondary'].title).toBe('Rate');
    expect(combo.legendVisible).toBe(true);

    expect(bar.axes['Category/Primary'].reversePlotOrder).toBe(true);
    expect(bar.dataLabelsShowValue).toBe(true);
    expect(bar.series[0].hasDataLabels).toBe(true);

    expect(lines.series[1]).toMatchObject({ name: 'England', lineStyle: 'Dash', lineColor: '#C00000' });
    expect(lines.series[0].lineStyle).toBe('Continuous');
  });

  it('uses the same small number of syncs for 3 and 23 sections', async () => {
    const counts: number[] = [];
    for (const sections of [3, 23]) {
      const fake = new FakeExcel(sources());
      await fake.run((context) => writeReport(context, makeModel(sections), undefined, quiet));
      expect(fake.sheet('Performance Report')!.charts).toHaveLength(sections);
      counts.push(fake.syncCount);
    }
    // 2 to inspect, 1 for sheets + cells + charts, 1 to swap.
    expect(counts).toEqual([4, 4]);
  });

  it('keeps every request under 5 MB by splitting big sheets across syncs', async () => {
    const fake = new FakeExcel(sources());
    const model = makeModel(3, 40_000);
    await fake.run((context) => writeReport(context, model, undefined, quiet));
    expect(fake.syncCount).toBeGreaterThan(4);
    expect(fake.syncCount).toBeLessThanOrEqual(12);
    for (const sync of fake.syncs) expect(sync.requestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.cell('Build Log', 40_001, 1)).toBe('Referrals');
  });

  it('never changes the source sheets or Report Settings', async () => {
    const fake = new FakeExcel(sources());
    const before = fake.snapshot().sheets.slice(0, 2);
    await fake.run((context) => writeReport(context, makeModel(3), undefined, quiet));
    expect(fake.snapshot().sheets.slice(0, 2)).toEqual(before);
    const touched = fake.operations.filter((op) => op.kind !== 'load' && /List_1|Report Settings|initial-/.test(op.target));
    expect(touched).toEqual([]);
  });

  it("refuses to overwrite the analyst's own Performance Report, naming it, and changes nothing", async () => {
    const fake = new FakeExcel([...sources(), { name: 'Performance Report', values: [['my own notes']] }]);
    const before = fake.snapshot();
    await expect(fake.run((context) => writeReport(context, makeModel(3), undefined, quiet))).rejects.toThrow(
      /already has a sheet named "Performance Report" that this add-in did not create/,
    );
    expect(fake.snapshot()).toEqual(before);
    expect(fake.operations.every((op) => op.kind === 'load')).toBe(true);
  });

  it('replaces only its own sheets on a rebuild: Notes survives, old generated sheets go, new ones in order', async () => {
    const fake = new FakeExcel(sources());
    await fake.run((context) => writeReport(context, makeModel(3), undefined, quiet));
    const oldIds = ['Performance Report', 'Chart Data', 'Build Log'].map((n) => fake.sheet(n)!.id);
    await fake.run(async (context) => {
      context.workbook.worksheets.add('Notes').getRange('A1').values = [['keep me']];
    });
    await fake.run((context) => writeReport(context, makeModel(5), undefined, quiet));

    expect(fake.sheetNames()).toEqual(['List_1', 'Report Settings', 'Performance Report', 'Chart Data', 'Build Log', 'Notes']);
    expect(fake.cell('Notes', 0, 0)).toBe('keep me');
    for (const id of oldIds) expect(fake.state.sheets.some((s) => s.id === id)).toBe(false);
    expect(fake.sheet('Performance Report')!.charts).toHaveLength(5);
    expect(fake.state.calculationMode).toBe('Automatic');
  });

  it.each([
    ['the sheets-and-cells sync', { atSync: 3 }],
    ['part-way through the sheets-and-cells sync', { atSync: 3, afterOperations: 40 }],
    ['part-way through the swap', { atSync: 4, afterOperations: 5 }],
  ])('leaves the workbook exactly as it was when %s fails (rebuild)', async (_label, injection) => {
    const fake = new FakeExcel(sources());
    await fake.run((context) => writeReport(context, makeModel(3), undefined, quiet));
    const before = fake.snapshot();
    fake.injectFailure(injection);
    await expect(fake.run((context) => writeReport(context, makeModel(6), undefined, quiet))).rejects.toThrow(/injected failure/);
    expect(fake.snapshot()).toEqual(before);
  });

  it('leaves a fresh workbook as it was when the first write fails', async () => {
    const fake = new FakeExcel(sources());
    const before = fake.snapshot();
    fake.injectFailure({ atSync: 3, afterOperations: 100 });
    await expect(fake.run((context) => writeReport(context, makeModel(23), undefined, quiet))).rejects.toThrow(/injected failure/);
    expect(fake.snapshot()).toEqual(before);
  });

  it('suspends screen updating and sets manual calculation while writing, then restores it', async () => {
    const fake = new FakeExcel(sources());
    fake.state.calculationMode = 'AutomaticExceptTables';
    await fake.run((context) => writeReport(context, makeModel(3), undefined, quiet));
    const members = fake.operations.map((op) => op.member);
    expect(members).toContain('suspendScreenUpdatingUntilNextSync');
    expect(fake.operations.filter((op) => op.member === 'calculationMode').map((op) => op.sync)).toEqual([3, 4]);
    expect(fake.state.calculationMode).toBe('AutomaticExceptTables');
  });

  it('skips print setup with a log line on a host without ExcelApi 1.9', async () => {
    const fake = new FakeExcel(sources());
    const lines: string[] = [];
    await fake.run((context) =>
      writeReport(context, makeModel(3), undefined, { features: { pageLayout: false, suspendScreenUpdating: false }, log: (l) => lines.push(l) }),
    );
    expect(fake.sheet('Performance Report')!.pageLayout.orientation).toBeNull();
    expect(lines).toEqual(['Print setup skipped: this version of Excel does not offer ExcelApi 1.9 (page layout).']);
    expect(fake.operations.some((op) => op.member === 'suspendScreenUpdatingUntilNextSync')).toBe(false);
  });

  it('adds the model\'s page breaks (1.9) and fixed value-axis bounds', async () => {
    const model = makeModel(3);
    const report = model.sheets.find((sheet) => sheet.name === 'Performance Report')!;
    report.print = { ...report.print, rowBreaks: [13, 21] };
    report.charts[0] = { ...report.charts[0], valueAxisMin: 0, valueAxisMax: 100 };
    const fake = new FakeExcel(sources());
    await fake.run((context) => writeReport(context, model, undefined, quiet));
    // 0-based rows 13 and 21 start pages: breaks before A14 and A22.
    expect(fake.sheet('Performance Report')!.pageLayout.rowBreaks).toEqual(['A14', 'A22']);
    const [first, second] = fake.sheet('Performance Report')!.charts;
    expect(first.axes['Value/Primary']).toMatchObject({ minimum: 0, maximum: 100 });
    expect(second.axes['Value/Primary'].maximum).toBeUndefined();
  });

  it('adds no page breaks without ExcelApi 1.9', async () => {
    const model = makeModel(3);
    const report = model.sheets.find((sheet) => sheet.name === 'Performance Report')!;
    report.print = { ...report.print, rowBreaks: [13] };
    const fake = new FakeExcel(sources());
    await fake.run((context) => writeReport(context, model, undefined, { features: { pageLayout: false, suspendScreenUpdating: false }, log: () => undefined }));
    expect(fake.sheet('Performance Report')!.pageLayout.rowBreaks).toBeUndefined();
  });

  it('reports progress from 0 to 1', async () => {
    const fake = new FakeExcel(sources());
    const steps: [string, number][] = [];
    await fake.run((context) => writeReport(context, makeModel(3), (step, fraction) => steps.push([step, fraction]), quiet));
    expect(steps[0]).toEqual(['Checking the workbook', 0]);
    expect(steps[steps.length - 1]).toEqual(['Report written', 1]);
  });
});

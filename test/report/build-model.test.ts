import { buildReportModel, chartCount } from '../../src/report/build-model';
import type { ChartSpec, ReportModel } from '../../src/report/model';
import { BUILT_AT, CHILD_ID, DATE_OF_BIRTH, fixtureInput, POSTCODE } from './fixture';
import { cellAt, rangeValues, rowLabelled, rowOf, sheetNamed } from './helpers';
import { chartLastColumn } from '../../src/report/layout';

const NOTE = 'Numbers below 10 have been suppressed';

function build(overrides = {}): ReportModel {
  return buildReportModel(fixtureInput(overrides), { builtAt: BUILT_AT });
}

function chart(model: ReportModel, id: string): ChartSpec {
  const found = model.sheets.flatMap((s) => s.charts).find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}

describe('buildReportModel: sheets', () => {
  const model = build();
  it('writes the sheets in order, district names sanitised, Chart Data hidden', () => {
    expect(model.sheets.map((s) => s.name)).toEqual(['Performance Report', 'District Summary', 'North', 'South East', 'Chart Data', 'Build Log']);
    expect(model.generatedSheetNames).toEqual(model.sheets.map((s) => s.name));
    expect(model.sheets.map((s) => s.hidden)).toEqual([false, false, false, false, true, false]);
    expect(model.sheets.map((s) => s.kind)).toEqual(['report', 'report', 'report', 'report', 'chart-data', 'log']);
  });
  it('writes the title block and freezes it', () => {
    const report = sheetNamed(model, 'Performance Report');
    expect([0, 1, 2, 3].map((r) => cellAt(report, r, 0)?.value)).toEqual([
      'Testshire',
      "Children and Young People's Services Performance Report",
      'Quarter 2 2021/22',
      'Period: 01/04/2021 to 30/09/2021',
    ]);
    expect(report.freezeRows).toBe(4);
    expect(report.print).toMatchObject({ landscape: true, paper: 'A4', fitToWidth: true, repeatRows: { first: 0, last: 3 } });
  });
  it('numbers the sections in indicator order', () => {
    const report = sheetNamed(model, 'Performance Report');
    const titles = report.cells.filter((c) => c.style === 'sectionTitle').sort((a, b) => a.row - b.row).map((c) => String(c.value).split('.')[0]);
    expect(titles).toEqual(['1', '9', '10', '13', '20', '21', '22']);
  });
  it('spells out the snapshot date where the spec title says "(at S)", in the section and its chart', () => {
    const report = sheetNamed(model, 'Performance Report');
    const section = report.cells.find((c) => c.style === 'sectionTitle' && String(c.value).startsWith('13.'));
    expect(section?.value).toBe('13. Current child protection plans – latest category of abuse (at 30/09/2021)');
    expect(report.charts.find((c) => c.id === 'ind-13')?.title).toBe('13. Current child protection plans – latest category of abuse (at 30/09/2021)');
  });
  it('stacks sections: title, definition, table beside its chart (13 rows), notes, 2-row gap', () => {
    const report = sheetNamed(model, 'Performance Report');
    // #1 starts at row 5; table rows 7..10; chart rows 7..19; note at 20; gap 21-22; #9 at row 23.
    expect(rowOf(report, '1. Total contacts received')).toBe(5);
    expect(cellAt(report, 6, 0)?.value).toBe('Definition of 1');
    // Months are real dates (Excel serials of the 1st: 1 April 2021 = 44287) shown mmm yyyy.
    expect([7, 8, 9, 10].map((r) => cellAt(report, r, 0)?.value)).toEqual(['Month', 44287, 44317, 44348]);
    expect([8, 9, 10].map((r) => cellAt(report, r, 0)?.numberFormat)).toEqual(['mmm yyyy', 'mmm yyyy', 'mmm yyyy']);
    expect(chart(model, 'ind-01').anchor).toEqual({ row: 7, col: 4 });
    expect(cellAt(report, 20, 0)?.value).toBe('List 1 starts on 01/01/2021: previous-year figures are partly missing');
    expect(cellAt(report, 21, 0)?.value).toBe(NOTE);
    expect(rowOf(report, '9. Children looked after – rate per 10,000 aged under 18')).toBe(24);
  });
  it('shows an unavailable indicator as title, definition and reason, with no table or chart', () => {
    const report = sheetNamed(model, 'Performance Report');
    const top = rowOf(report, '20. Current children looked after – legal status (at 30/09/2021)');
    expect(cellAt(report, top + 2, 0)?.value).toBe('Not available: List 8 (Children in care) was not found in the workbook');
    expect(cellAt(report, top + 3, 0)).toBeUndefined();
    expect(report.charts.map((c) => c.id)).toEqual(['ind-01', 'ind-09', 'ind-10', 'ind-13', 'ind-21', 'ind-21-breakdown', 'ind-22']);
  });
  it('gives a breakdown a total row', () => {
    const report = sheetNamed(model, 'Performance Report');
    const total = rowLabelled(report, 'Total', rowOf(report, '13. Current child protection plans – latest category of abuse (at 30/09/2021)'));
    expect(total.map((c) => c.value)).toEqual(['Total', 257, 100]);
    expect(total.map((c) => c.style)).toEqual(['total', 'total', 'percent']);
  });
  it('puts the #21 breakdown table below the main table, beside its own chart', () => {
    const report = sheetNamed(model, 'Performance Report');
    const top = rowOf(report, '21. Care leavers aged 19–21 the authority is in touch with');
    expect(cellAt(report, top + 2, 0)?.value).toBe('Period');
    // main table 2 rows, chart 13 rows, one blank row: breakdown header at top + 2 + 13 + 1.
    expect(cellAt(report, top + 16, 0)?.value).toBe('Group');
    expect(rowLabelled(report, 'Refused', top).map((c) => c.value)).toEqual(['Refused', 2]);
    expect(chart(model, 'ind-21-breakdown').anchor).toEqual({ row: top + 16, col: 3 });
  });
});

describe('buildReportModel: charts', () => {
  const model = build();
  const charts = model.sheets.flatMap((s) => s.charts);
  it('draws 7 report charts, 2 summary charts (no care-leaver or CIN figures in the fixture), 3 per district', () => {
    expect(chartCount(model)).toBe(7 + 2 + 3 + 3);
  });
  it('points every series at a Chart Data range of the right length, with its name in the name cell', () => {
    for (const c of charts) {
      expect(c.categories.sheet).toBe('Chart Data');
      expect(c.categories.firstCol).toBe(c.categories.lastCol);
      const length = c.categories.lastRow - c.categories.firstRow + 1;
      for (const s of c.series) {
        expect([s.values.sheet, s.nameRef.sheet]).toEqual(['Chart Data', 'Chart Data']);
        expect(s.values.firstCol).toBe(s.values.lastCol);
        expect([s.values.firstRow, s.values.lastRow - s.values.firstRow + 1]).toEqual([c.categories.firstRow, length]);
        expect(rangeValues(model, s.nameRef)).toEqual([s.name]);
      }
    }
    expect(rangeValues(model, chart(model, 'ind-01').categories)).toEqual([44287, 44317, 44348]);
    expect(chart(model, 'ind-01').categoryNumberFormat).toBe('mmm yyyy');
  });
  it('leaves suppressed values empty in Chart Data and writes the others as numbers', () => {
    const ind01 = chart(model, 'ind-01');
    expect(ind01.series.map((s) => rangeValues(model, s.values))).toEqual([[120, null, 130], [100, null, 110]]);
    expect(rangeValues(model, chart(model, 'ind-13').series[0].values)).toEqual([200, null, 30, null]);
    const cla = chart(model, 'summary-cla-by-placement-district');
    expect(cla.series.map((s) => rangeValues(model, s.values))).toEqual([[400, 300, null, null], [410, 305, 148, 12]]);
    expect(cla.series.map((s) => s.name)).toEqual(['30/06/2021', '30/09/2021']);
    // North, South/East (60 hidden by secondary suppression of its count), then the authority.
    expect(rangeValues(model, chart(model, 'summary-cp-rate').series[0].values)).toEqual([75, null, 17.8]);
  });
  it('notes suppression exactly on charts with a suppressed value', () => {
    const noted = charts.filter((c) => c.note !== null).map((c) => c.id);
    expect(noted).toEqual([
      'ind-01', 'ind-13', 'ind-21-breakdown',
      'summary-cla-by-placement-district', 'summary-cp-rate',
      'district-North-cp-rate', 'district-South-East-cp-rate', 'district-South-East-cp-category-pct',
    ]);
    expect(chart(model, 'ind-01').note).toBe(NOTE);
    const report = sheetNamed(model, 'Performance Report');
    const notes = report.cells.filter((c) => c.value === NOTE).length;
    expect(notes).toBe(3);
  });
  it('shows a legend only with more than one series', () => {
    const legend = Object.fromEntries(charts.filter((c) => c.sheet === 'Performance Report').map((c) => [c.id, [c.series.length, c.showLegend]]));
    expect(legend).toEqual({
      'ind-01': [2, true], 'ind-09': [2, true], 'ind-10': [3, true], 'ind-13': [1, false],
      'ind-21': [2, true], 'ind-21-breakdown': [1, false], 'ind-22': [4, true],
    });
  });
  it('chooses the chart type by the shape of the result', () => {
    const combo = chart(model, 'ind-10');
    expect(combo.series.map((s) => [s.name, s.type, s.secondaryAxis ?? false])).toEqual([
      ['Started', 'column', false], ['Ceased', 'column', false], ['At month end', 'line', true],
    ]);
    expect(combo.secondaryValueAxisTitle).toBe('Number at month end');
    const lines = chart(model, 'ind-09');
    expect(lines.series.map((s) => [s.name, s.type, s.lineStyle, s.marker])).toEqual([['Rate', 'line', 'solid', 'circle'], ['England', 'line', 'dash', 'square']]);
    expect([lines.numberFormat, lines.valueAxisTitle]).toEqual(['0.0', 'Rate per 10,000']);
    expect([chart(model, 'ind-13').type, chart(model, 'ind-13').dataLabels]).toEqual(['bar', true]);
    const careLeavers = chart(model, 'ind-22');
    expect(careLeavers.series.map((s) => s.name)).toEqual(['Testshire', 'England', 'Region', 'Statistical neighbours']);
    expect([careLeavers.type, careLeavers.numberFormat]).toEqual(['column', '0.0"%"']);
    expect(rangeValues(model, careLeavers.series[0].values)).toEqual([91.7]);
    expect(rangeValues(model, chart(model, 'ind-01').series[1].values).length).toBe(3);
    expect(chart(model, 'ind-01').series.map((s) => s.color)).toEqual(['#12436D', '#BFBFBF']);
  });
});

describe('buildReportModel: tables and suppression setting', () => {
  it('shows numbers in tables by default and <10 when suppressTables is on', () => {
    const plain = sheetNamed(build(), 'Performance Report');
    const hidden = sheetNamed(build({ suppressTables: true }), 'Performance Report');
    expect(rowLabelled(plain, 'Physical abuse').map((c) => c.value)).toEqual(['Physical abuse', 5, 1.9]);
    const row = rowLabelled(hidden, 'Physical abuse');
    expect(row.map((c) => c.value)).toEqual(['Physical abuse', '<10', '<10']);
    expect(row.map((c) => c.style)).toEqual(['rowHeader', 'suppressed', 'suppressed']);
    // the secondary suppression shows too; benchmarks never.
    expect(rowLabelled(hidden, 'Emotional abuse').map((c) => c.value)).toEqual(['Emotional abuse', '<10', '<10']);
  });
  it('uses "–" for a null value', () => {
    const report = sheetNamed(build(), 'Performance Report');
    // May 2021 is the date 1 May 2021 (serial 44317).
    expect(rowLabelled(report, 44317).map((c) => c.value)).toEqual([44317, 5, '–']);
  });
  it('applies no suppression with threshold 0', () => {
    const model = build({ threshold: 0 });
    expect(model.sheets.flatMap((s) => s.charts).every((c) => c.note === null)).toBe(true);
    expect(rangeValues(model, chart(model, 'ind-13').series[0].values)).toEqual([200, 5, 30, 22]);
  });
});

describe('buildReportModel: Build Log and child-level values', () => {
  const model = build();
  const log = sheetNamed(model, 'Build Log');
  it('records when, by what and with which settings', () => {
    expect(rowLabelled(log, 'Built at').map((c) => c.value)).toEqual(['Built at', '05/10/2021 14:30']);
    expect(rowLabelled(log, 'Generator').map((c) => c.value)).toEqual(['Generator', 'csc-report-builder 0.1.0']);
    expect(rowLabelled(log, 'Local authority').map((c) => c.value)).toEqual(['Local authority', 'Testshire']);
    expect(rowLabelled(log, 'Population aged 0–17: South/East').map((c) => c.value)).toEqual(['Population aged 0–17: South/East', '10,000']);
    expect(rowLabelled(log, 'Suppression threshold').map((c) => c.value)).toEqual(['Suppression threshold', 10]);
    expect(rowLabelled(log, 'Suppress tables as well as charts').map((c) => c.value)).toEqual(['Suppress tables as well as charts', 'No']);
    expect(rowLabelled(log, 'Report period').map((c) => c.value)).toEqual(['Report period', '01/04/2021 to 30/09/2021']);
  });
  it('lists each list read', () => {
    expect(rowLabelled(log, 'List 1 (Contacts)').map((c) => c.value)).toEqual(['List 1 (Contacts)', 'List_1', 500, 2]);
    expect(rowLabelled(log, 'List 7 (Child protection)').map((c) => c.value)).toEqual(['List 7 (Child protection)', 'not found']);
    expect(rowLabelled(log, 'Sheets ignored').map((c) => c.value)).toEqual(['Sheets ignored', 'Notes']);
  });
  it('lists the problems, counting all of them', () => {
    expect(log.cells.some((c) => c.value === '250 problems in all, first 5 listed')).toBe(true);
    const first = rowLabelled(log, 'List 3 (Referrals)', rowOf(log, 'Problems'));
    expect(first.map((c) => c.value)).toEqual(['List 3 (Referrals)', 'List_3', 17, 'Date of Referral', '31/02/2021', 'error', 'not a date']);
    const postcodeRow = rowLabelled(log, 'List 8 (Children in care)', rowOf(log, 'Problems'));
    expect(postcodeRow.map((c) => c.value)).toEqual(['List 8 (Children in care)', 'List_8', 9, 'Placement postcode', 'warning', 'postcode not found']);
  });
  it('counts every problem by list, column and severity, errors first', () => {
    const top = rowOf(log, 'Problems by list and column');
    const header = log.cells.filter((c) => c.row === top + 1).sort((a, b) => a.col - b.col).map((c) => c.value);
    expect(header).toEqual(['List', 'Column', 'Severity', 'Count']);
    const first = log.cells.filter((c) => c.row === top + 2).sort((a, b) => a.col - b.col).map((c) => c.value);
    expect(first.slice(2)).toEqual(['error', expect.any(Number)]);
    const counted = log.cells.filter((c) => c.row > top + 1 && c.row < rowOf(log, 'Problems') && c.col === 3).reduce((sum, c) => sum + Number(c.value), 0);
    // The fixture's parsed lists hold no problems of their own, so the table counts the 5 listed ones.
    expect(counted).toBe(5);
  });
  it('carries the definitions note, the privacy statement and indicator warnings', () => {
    expect(log.cells.some((c) => c.value === 'Definitions follow the product specification; see docs/definitions.md')).toBe(true);
    expect(log.cells.some((c) => String(c.value).startsWith('No child-level values'))).toBe(true);
    expect(rowLabelled(log, '20. Current children looked after – legal status (at 30/09/2021)').map((c) => c.value)).toEqual([
      '20. Current children looked after – legal status (at 30/09/2021)', 'Not available: List 8 (Children in care) was not found in the workbook',
    ]);
  });
  it('never writes a child ID, postcode or date of birth anywhere', () => {
    const values = model.sheets.flatMap((s) => s.cells.map((c) => c.value));
    expect(values).not.toContain(CHILD_ID);
    expect(values).not.toContain(POSTCODE);
    expect(values).not.toContain(DATE_OF_BIRTH);
    expect(values.filter((v) => typeof v === 'string' && (v.includes(POSTCODE) || v.includes(CHILD_ID)))).toEqual([]);
  });
});

describe('buildReportModel: sheet setup', () => {
  const model = build();
  it('sets print areas that hold the charts and column widths capped at 60', () => {
    const report = sheetNamed(model, 'Performance Report');
    const lastChartRow = Math.max(...report.charts.map((c) => c.anchor.row + 12));
    expect(report.print.area?.lastRow).toBeGreaterThanOrEqual(lastChartRow);
    expect(report.print.area?.firstRow).toBe(0);
    for (const s of model.sheets) for (const c of s.columns) expect(c.width).toBeLessThanOrEqual(60);
    // column A of the report fits "Month"/"Emotional abuse" (15 chars) + 2, not the long titles.
    expect(report.columns.find((c) => c.col === 0)?.width).toBe(17);
  });
});

describe('buildReportModel: print and chart polish', () => {
  const model = build();
  const reportSheets = model.sheets.filter((s) => s.kind === 'report');

  it('numbers indicator chart titles like their sections', () => {
    expect(chart(model, 'ind-01').title).toBe('1. Total contacts received');
    expect(chart(model, 'ind-09').title).toBe('9. Children looked after – rate per 10,000 aged under 18');
    expect(chart(model, 'ind-21-breakdown').title).toMatch(/^21\. .+: breakdown$/);
    // District charts have no number.
    expect(chart(model, 'summary-cp-rate').title).toBe('Child protection plans per 10,000 by district');
  });

  it('stops percent value axes at 100 and leaves counts and rates automatic', () => {
    expect(chart(model, 'ind-22').valueAxisMax).toBe(100);
    expect(chart(model, 'district-North-cp-category-pct').valueAxisMax).toBe(100);
    expect(chart(model, 'ind-01').valueAxisMax).toBeUndefined();
    expect(chart(model, 'ind-09').valueAxisMax).toBeUndefined();
  });

  it('breaks pages only at section title rows, never inside a chart', () => {
    for (const sheet of reportSheets) {
      const titleRows = new Set(sheet.cells.filter((c) => c.style === 'sectionTitle').map((c) => c.row));
      for (const row of sheet.print.rowBreaks ?? []) {
        expect(titleRows.has(row)).toBe(true);
        for (const c of sheet.charts) {
          const lastRow = c.anchor.row + Math.ceil(c.height / 20) - 1;
          expect(row > c.anchor.row && row <= lastRow).toBe(false);
        }
      }
    }
    // The fixture's Performance Report (7 sections over ~120 rows) needs more than one page.
    expect(sheetNamed(model, 'Performance Report').print.rowBreaks?.length).toBeGreaterThan(0);
  });

  it('ends the print area at the far edge of the farthest chart', () => {
    for (const sheet of reportSheets) {
      const chartEdge = Math.max(...sheet.charts.map((c) => chartLastColumn(c, sheet.columns)));
      expect(sheet.print.area?.lastCol).toBe(chartEdge);
    }
  });

  it('gives title rows, section titles and two-line headers their own heights', () => {
    const report = sheetNamed(model, 'Performance Report');
    const height = (row: number) => report.rowHeights.find((h) => h.row === row)?.height;
    expect([height(0), height(1), height(2), height(3), height(4), height(5)]).toEqual([21, 21, 16, 16, undefined, 18]);
  });
});

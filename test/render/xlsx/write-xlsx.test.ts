import ExcelJS from 'exceljs';
import { fixtureModel } from './fixture-model';
import { readAllEntries } from './read-package';
import { renderInChildProcess } from './render-fixture';

let workbook: ExcelJS.Workbook;
let entries: Record<string, string>;

beforeAll(async () => {
  const { path, bytes } = renderInChildProcess(fixtureModel());
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  entries = await readAllEntries(bytes);
}, 60_000);

function sheet(name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('cells and sheets (read back with exceljs)', () => {
  test('sheets in model order; Chart Data hidden, the others visible', () => {
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['Performance Report', 'Bromsgrove', 'Chart Data', 'Build Log']);
    expect(workbook.worksheets.map((ws) => ws.state)).toEqual(['visible', 'visible', 'hidden', 'visible']);
  });

  test('numbers stay numbers with the style number formats', () => {
    const report = sheet('Performance Report');
    expect(report.getCell('B7').value).toBe(1234);
    expect(report.getCell('B7').numFmt).toBe('#,##0');
    expect(report.getCell('C7').value).toBe(12.5);
    expect(report.getCell('C7').numFmt).toBe('0.0"%"');
    expect(report.getCell('D7').value).toBe(71.2);
    expect(report.getCell('D7').numFmt).toBe('0.0');
    expect(sheet('Build Log').getCell('B2').numFmt).toBe('dd/mm/yyyy');
    expect((sheet('Build Log').getCell('B2').value as Date).toISOString()).toBe('2021-09-30T00:00:00.000Z');
  });

  test('a suppressed table value is the text <10', () => {
    expect(sheet('Performance Report').getCell('B8').value).toBe('<10');
  });

  test('text that looks like a formula is written as a string', () => {
    const report = sheet('Performance Report');
    expect(report.getCell('A9').value).toBe('=SUM(B7:B8)');
    expect(report.getCell('A9').type).toBe(ExcelJS.ValueType.String);
    expect(report.getCell('B9').value).toBe('+44 contacts');
    expect(report.getCell('C9').value).toBe('-');
    expect(report.getCell('D9').value).toBe('@risk');
  });

  test('tab colours where the model sets one', () => {
    expect(sheet('Performance Report').properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(sheet('Bromsgrove').properties.tabColor).toBeUndefined();
    expect(sheet('Build Log').properties.tabColor).toEqual({ argb: 'FF7F7F7F' });
  });

  test('the suppressed Chart Data value is an empty cell, its neighbours numbers', () => {
    const chartData = sheet('Chart Data');
    expect(chartData.getCell('B2').value).toBe(120);
    expect(chartData.getCell('B3').value).toBeNull();
    expect(chartData.getCell('B4').value).toBe(135);
  });

  test('merges, column widths, row heights and frozen title rows', () => {
    const report = sheet('Performance Report');
    expect(report.model.merges).toEqual(['A1:F1', 'A2:F2']);
    expect(report.getCell('A1').value).toBe("Worcestershire – Children and Young People's Services Performance Report");
    // Excel stores a width of 28 characters as 28 + the 5-pixel padding = 28.7109375.
    expect(report.getColumn(1).width).toBeCloseTo(28.71, 2);
    expect(report.getRow(1).height).toBe(24);
    expect(report.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
    expect(sheet('Bromsgrove').views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet('Chart Data').views[0].state).toBe('normal');
  });

  test('print setup: A4 landscape, one page wide, print area and repeated title rows', () => {
    const setup = sheet('Performance Report').pageSetup;
    expect(setup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(setup.printArea).toBe('A1:O41');
    expect(setup.printTitlesRow).toBe('1:2');
    expect(sheet('Build Log').pageSetup.orientation).toBe('portrait');
  });
});

describe('package parts (read from the zip)', () => {
  const chartXml = (n: number): string => entries[`xl/charts/chart${n}.xml`];

  test('one chart part per ChartSpec', () => {
    const chartParts = Object.keys(entries).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name)).sort();
    expect(chartParts).toEqual(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/charts/chart3.xml']);
  });

  test('every chart shows empty cells as gaps', () => {
    for (const n of [1, 2, 3]) expect(chartXml(n)).toContain('<c:dispBlanksAs val="gap"/>');
  });

  test('every series formula points into Chart Data', () => {
    const formulas = [1, 2, 3].flatMap((n) => [...chartXml(n).matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]));
    // chart 1: name, categories, values; chart 2: 3 series × 3; chart 3: 3.
    expect(formulas).toHaveLength(15);
    for (const formula of formulas) expect(formula).toMatch(/^'Chart Data'!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
    expect(formulas.slice(0, 3)).toEqual(["'Chart Data'!$B$1", "'Chart Data'!$A$2:$A$4", "'Chart Data'!$B$2:$B$4"]);
  });

  test('titles, with the suppression note as the second title line', () => {
    expect(chartXml(1)).toContain(
      '<a:t>1. Total contacts received</a:t></a:r></a:p><a:p><a:pPr><a:defRPr sz="900" b="0" i="1"/></a:pPr>' +
        '<a:r><a:rPr lang="en-GB" sz="900" b="0" i="1"/><a:t>Numbers below 10 have been suppressed</a:t>',
    );
    expect(chartXml(2)).toContain('<a:t>10. Children looked after – starting, ceasing and number at month end</a:t>');
    expect(chartXml(3)).toContain('<a:t>Children looked after – placement type</a:t>');
    // An axis title that looks like a reference stays literal text, not a <c:f> link.
    expect(chartXml(3)).toContain('<a:t>=Placement!$A$1</a:t>');
  });

  test('the combination chart has column and line groups, the line on a secondary axis', () => {
    const combo = chartXml(2);
    expect(combo).toContain('<c:barChart><c:barDir val="col"/>');
    expect(combo).toContain('<c:lineChart>');
    expect((combo.match(/<c:valAx>/g) ?? []).length).toBe(2);
    expect(combo).toContain('<c:crosses val="max"/>');
    expect(combo).toContain('<a:t>At month end</a:t>');
  });

  test('a fixed value-axis maximum is written on the value axis only', () => {
    const valueAxis = /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(chartXml(3))?.[0] ?? '';
    expect(valueAxis).toContain('<c:max val="100"/>');
    expect(valueAxis).toContain('<c:min val="0"/>');
    expect(chartXml(1)).not.toContain('<c:max ');
  });

  test('report sheets fix their rows at 15 pt (LibreOffice would size them to content)', () => {
    expect(entries['xl/worksheets/sheet1.xml']).toContain('<sheetFormatPr defaultRowHeight="15" customHeight="1"/>');
    expect(entries['xl/worksheets/sheet1.xml']).not.toMatch(/<row r="\d+"(?: spans="[^"]*")?>/);
  });

  test('legend only on the multi-series chart', () => {
    expect(chartXml(1)).not.toContain('<c:legend>');
    expect(chartXml(2)).toContain('<c:legend><c:legendPos val="b"/>');
    expect(chartXml(3)).not.toContain('<c:legend>');
  });

  test('data labels only on the breakdown bar chart, in the chart number format', () => {
    expect(chartXml(3)).toContain('<c:barDir val="bar"/>');
    expect(chartXml(3)).toContain('<c:dLbls><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:showVal val="1"/></c:dLbls>');
    expect(chartXml(1)).not.toContain('<c:dLbls>');
  });

  test('bar chart: the value axis (horizontal) carries the value title and starts at 0', () => {
    const valueAxis = chartXml(3).match(/<c:valAx>.*?<\/c:valAx>/)?.[0] ?? '';
    expect(valueAxis).toContain('<a:t>Children</a:t>');
    expect(valueAxis).toContain('<c:min val="0"/>');
  });

  test('bar chart categories read top-down: reversed category axis, value axis at the bottom', () => {
    const bar = chartXml(3);
    expect(bar.match(/<c:catAx>.*?<\/c:catAx>/)?.[0]).toContain('<c:orientation val="maxMin"/>');
    expect(bar.match(/<c:valAx>.*?<\/c:valAx>/)?.[0]).toContain('<c:crosses val="max"/>');
    expect(chartXml(1)).toContain('<c:orientation val="minMax"/>');
    expect(chartXml(1)).not.toContain('maxMin');
  });

  test('the month-end line has the round marker its spec names, in its colour', () => {
    expect(chartXml(2)).toContain('<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="404040"/>');
  });

  test('series colours, chart anchor, size and name', () => {
    expect(chartXml(1)).toContain('<a:srgbClr val="1F4E79"/>');
    expect(chartXml(2)).toContain('<a:srgbClr val="C55A11"/>');
    // 480 × 288 px from G4: 7 default columns of 64 px (448) + 32 px = 304800 EMU at 9525 EMU/px,
    // 14 default rows of 20 px (280) + 8 px = 76200 EMU; so it ends in column N (13), row 18 (17).
    const drawing = entries['xl/drawings/drawing1.xml'];
    expect(drawing).toContain('<xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>');
    expect(drawing).toContain('<xdr:to><xdr:col>13</xdr:col><xdr:colOff>304800</xdr:colOff><xdr:row>17</xdr:row><xdr:rowOff>76200</xdr:rowOff></xdr:to>');
    expect(drawing).toContain('name="ind-01"');
  });

  test('the generated-sheet marker: scoped to each generated sheet, plus a workbook-level list', () => {
    const names = entries['xl/workbook.xml'].match(/<definedNames>.*<\/definedNames>/)?.[0] ?? '';
    expect(names).toContain('<definedName name="CSCReportBuilder_Generated">"Performance Report/Bromsgrove/Chart Data/Build Log"</definedName>');
    for (const sheetIndex of [0, 1, 2, 3]) {
      expect(names).toContain(`<definedName name="CSCReportBuilder_Generated" localSheetId="${sheetIndex}">"csc-report-builder"</definedName>`);
    }
  });

  test('a manual page break before row 21 (0-based 20) on the Performance Report only', () => {
    const reportXml = entries['xl/worksheets/sheet1.xml'];
    expect(reportXml).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks><drawing ');
    expect(entries['xl/worksheets/sheet2.xml']).not.toContain('<rowBreaks');
  });

  test('no worksheet holds a formula', () => {
    const sheetParts = Object.keys(entries).filter((name) => name.startsWith('xl/worksheets/sheet'));
    expect(sheetParts).toHaveLength(4);
    for (const name of sheetParts) expect(entries[name]).not.toContain('<f>');
  });
});

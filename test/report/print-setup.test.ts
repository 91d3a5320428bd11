import { buildReportModel } from '../../src/report/build-model';
import { headerFooterLiteral, pageTexts } from '../../src/report/print-setup';
import type { Period } from '../../src/engine/results';
import { fixtureInput } from './fixture';
import { sheetNamed } from './helpers';

const BUILT_AT = new Date(2021, 9, 5, 14, 30);
const PERIOD: Period = { financialYear: '2021/22', quarter: 2, start: '2021-04-01', end: '2021-09-30', previousQuarterEnd: '2021-06-30' };

describe('page header and footer text', () => {
  it('names the authority, the marking and the report at the top; the sheet, period, page x of y and marking at the bottom', () => {
    expect(pageTexts('Worcestershire', 'District profile: Bromsgrove', PERIOD, 'OFFICIAL')).toEqual({
      header: { left: 'Worcestershire', center: 'OFFICIAL', right: "Children and Young People's Services Performance Report" },
      footer: { left: 'District profile: Bromsgrove – Quarter 2 2021/22 – Period: 01/04/2021 to 30/09/2021', center: 'Page &P of &N', right: 'OFFICIAL' },
    });
  });

  it('doubles a literal & so that Excel does not read it as a code', () => {
    expect(headerFooterLiteral('Telford & Wrekin')).toBe('Telford && Wrekin');
    expect(pageTexts('Telford & Wrekin', 'Summary', PERIOD, 'OFFICIAL').header.left).toBe('Telford && Wrekin');
  });
});

describe('print setup in the model', () => {
  const model = buildReportModel(fixtureInput({ protectiveMarking: 'OFFICIAL-SENSITIVE' }), { builtAt: BUILT_AT });
  const reportSheets = model.sheets.filter((s) => s.kind === 'report');

  it('puts A4 landscape, one page wide, a print area, repeated titles and the marking on every report sheet', () => {
    expect(reportSheets.map((s) => s.name)).toEqual(['Performance Report', 'District Summary', 'North', 'South East']);
    for (const sheet of reportSheets) {
      expect(sheet.print).toMatchObject({ landscape: true, paper: 'A4', fitToWidth: true, repeatRows: { first: 0, last: 3 } });
      expect(sheet.print.area).not.toBeNull();
      expect(sheet.print.header).toEqual({ left: 'Testshire', center: 'OFFICIAL-SENSITIVE', right: "Children and Young People's Services Performance Report" });
      expect(sheet.print.footer?.center).toBe('Page &P of &N');
      expect(sheet.print.footer?.right).toBe('OFFICIAL-SENSITIVE');
    }
    expect(sheetNamed(model, 'North').print.footer?.left).toBe('District profile: North – Quarter 2 2021/22 – Period: 01/04/2021 to 30/09/2021');
  });

  it('gives Chart Data no print area or header, and the Build Log a header but no print area', () => {
    const chartData = sheetNamed(model, 'Chart Data');
    expect(chartData.print.area).toBeNull();
    expect(chartData.print.header).toBeUndefined();
    expect(chartData.print.fitToWidth).toBe(false);
    const log = sheetNamed(model, 'Build Log');
    expect(log.print.area).toBeNull();
    expect(log.print.header?.left).toBe('Build Log: Testshire');
    expect(log.print.footer?.right).toBe('OFFICIAL-SENSITIVE');
  });

  it('defaults the marking to OFFICIAL', () => {
    const plain = buildReportModel(fixtureInput(), { builtAt: BUILT_AT });
    expect(sheetNamed(plain, 'Performance Report').print.header?.center).toBe('OFFICIAL');
  });
});

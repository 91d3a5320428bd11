import { buildReportModel } from '../../../src/report/build-model';
import { fixtureInput } from '../../report/fixture';
import { readAllEntries } from './read-package';
import { renderInChildProcess } from './render-fixture';

/** Worksheet parts are sheet1.xml, sheet2.xml, … in model order. */
let sheetXml: Record<string, string>;
let workbookXml: string;

beforeAll(async () => {
  const model = buildReportModel(fixtureInput({ protectiveMarking: 'OFFICIAL-SENSITIVE' }), { builtAt: new Date(2021, 9, 5) });
  const entries = await readAllEntries(renderInChildProcess(model).bytes);
  sheetXml = Object.fromEntries(model.sheets.map((s, i) => [s.name, entries[`xl/worksheets/sheet${i + 1}.xml`]]));
  workbookXml = entries['xl/workbook.xml'];
}, 60_000);

function unescape(xml: string): string {
  return xml.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
}

describe('print setup in the .xlsx (read back from the sheet XML)', () => {
  it('writes the header and footer with the marking and Page &P of &N on every printable sheet', () => {
    for (const name of ['Performance Report', 'District Summary', 'North', 'South East', 'Build Log']) {
      const xml = unescape(sheetXml[name]);
      expect(xml).toMatch(/<oddHeader>&L[^<]*&COFFICIAL-SENSITIVE&RChildren and Young People's Services Performance Report<\/oddHeader>/);
      expect(xml).toMatch(/<oddFooter>&L[^<]*&CPage &P of &N&ROFFICIAL-SENSITIVE<\/oddFooter>/);
    }
    expect(unescape(sheetXml.North)).toContain('<oddFooter>&LDistrict profile: North – Quarter 2 2021/22 – Period: 01/04/2021 to 30/09/2021&C');
    expect(sheetXml['Chart Data']).not.toContain('<headerFooter');
  });

  it('prints A4 landscape, one page wide and automatic height, on the report sheets', () => {
    for (const name of ['Performance Report', 'District Summary', 'North']) {
      expect(sheetXml[name]).toMatch(/<pageSetup paperSize="9"[^>]*orientation="landscape"/);
      expect(sheetXml[name]).toMatch(/fitToHeight="0"/);
      expect(sheetXml[name]).toContain('<pageSetUpPr fitToPage="1"/>');
    }
  });

  it('defines print areas for the report sheets only: not Chart Data, not the Build Log', () => {
    const areas = [...unescape(workbookXml).matchAll(/<definedName name="_xlnm.Print_Area" localSheetId="(\d+)">/g)].map((m) => Number(m[1])).sort((a, b) => a - b);
    expect(areas).toEqual([0, 1, 2, 3]);
  });
});

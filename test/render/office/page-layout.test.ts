import { writeReport } from '../../../src/render/office/write-report';
import { buildReportModel } from '../../../src/report/build-model';
import { FakeExcel } from '../../fakes/fake-excel';
import { fixtureInput } from '../../report/fixture';
import { makeModel } from './model-fixture';

const quiet = { features: { pageLayout: true, suspendScreenUpdating: true }, log: () => undefined };

describe('page layout through Office.js (read back from the fake)', () => {
  it('fits one page wide with automatic height, so Excel never squeezes a long sheet onto one page', async () => {
    // The old code set only horizontalFitToPages: Excel then keeps verticalFitToPages at 1.
    const fake = new FakeExcel([]);
    await fake.run((context) => writeReport(context, makeModel(3), undefined, quiet));
    expect(fake.sheet('Performance Report')!.pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it('puts the header, footer and protective marking on every printable sheet of a built model', async () => {
    const model = buildReportModel(fixtureInput({ protectiveMarking: 'OFFICIAL-SENSITIVE' }), { builtAt: new Date(2021, 9, 5) });
    const fake = new FakeExcel([]);
    await fake.run((context) => writeReport(context, model, undefined, quiet));
    for (const name of ['Performance Report', 'District Summary', 'North', 'South East', 'Build Log']) {
      const layout = fake.sheet(name)!.pageLayout;
      expect(layout.headersFooters).toMatchObject({ centerHeader: 'OFFICIAL-SENSITIVE', centerFooter: 'Page &P of &N', rightFooter: 'OFFICIAL-SENSITIVE' });
      expect(layout.orientation).toBe('Landscape');
      expect(layout.paperSize).toBe('A4');
    }
    expect(fake.sheet('North')!.pageLayout.headersFooters).toMatchObject({
      leftHeader: 'Testshire',
      rightHeader: "Children and Young People's Services Performance Report",
      leftFooter: 'District profile: North – Quarter 2 2021/22 – Period: 01/04/2021 to 30/09/2021',
    });
    expect(fake.sheet('North')!.pageLayout.printArea).toMatch(/^A1:/);
    expect(fake.sheet('Build Log')!.pageLayout.printArea).toBeNull();
    // Chart Data is not part of the printed report: no page setup at all.
    expect(fake.sheet('Chart Data')!.pageLayout).toMatchObject({ printArea: null, zoom: null });
    expect(fake.sheet('Chart Data')!.pageLayout.headersFooters).toBeUndefined();
  });

  it('leaves page layout alone on a host without ExcelApi 1.9', async () => {
    const model = buildReportModel(fixtureInput(), { builtAt: new Date(2021, 9, 5) });
    const fake = new FakeExcel([]);
    await fake.run((context) => writeReport(context, model, undefined, { features: { pageLayout: false, suspendScreenUpdating: false }, log: () => undefined }));
    expect(fake.sheet('North')!.pageLayout.headersFooters).toBeUndefined();
  });
});

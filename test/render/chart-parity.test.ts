/**
 * One parity test per chart decision of the ChartSpec (issue 14's "chart decisions live in the
 * ChartSpec"): the same built model through both renderers, read back from the .xlsx chart XML
 * and from the fake Excel, must show the decision the model made.
 */
import { writeReport } from '../../src/render/office/write-report';
import { buildReportModel } from '../../src/report/build-model';
import type { ReportModel } from '../../src/report/model';
import { FakeExcel } from '../fakes/fake-excel';
import type { FakeChart } from '../fakes/fake-state';
import { fixtureInput } from '../report/fixture';
import { readAllEntries } from './xlsx/read-package';
import { renderInChildProcess } from './xlsx/render-fixture';

let model: ReportModel;
let chartXmlById: Map<string, string>;
let drawings: string;
let officeCharts: Map<string, FakeChart>;

beforeAll(async () => {
  model = buildReportModel(fixtureInput(), { builtAt: new Date(2021, 9, 5) });
  const entries = await readAllEntries(renderInChildProcess(model).bytes);
  // The writer numbers chart parts in insertion order: the model's sheet and chart order.
  chartXmlById = new Map(model.sheets.flatMap((s) => s.charts).map((c, i) => [c.id, entries[`xl/charts/chart${i + 1}.xml`]]));
  drawings = Object.entries(entries).filter(([name]) => /^xl\/drawings\/drawing\d+\.xml$/.test(name)).map(([, xml]) => xml).join('');
  const fake = new FakeExcel([]);
  await fake.run((context) => writeReport(context, model, undefined, { features: { pageLayout: true, suspendScreenUpdating: true }, log: () => undefined }));
  officeCharts = new Map(fake.state.sheets.flatMap((s) => s.charts).map((c) => [c.name, c]));
}, 60_000);

const xml = (id: string) => chartXmlById.get(id) as string;
const office = (id: string) => officeCharts.get(id) as FakeChart;
const spec = (id: string) => model.sheets.flatMap((s) => s.charts).find((c) => c.id === id)!;

/** The <c:ser> elements of a chart part, in order. */
function seriesXml(id: string): string[] {
  return [...xml(id).matchAll(/<c:ser>[\s\S]*?<\/c:ser>/g)].map((m) => m[0]);
}

describe('ChartSpec decisions, drawn alike by both renderers', () => {
  test('kind: #10 is a combination (columns + a line), #9 lines only, #13 bars', () => {
    expect([spec('ind-10').kind, spec('ind-09').kind, spec('ind-13').kind]).toEqual(['combination', 'line', 'bar']);
    expect(xml('ind-10')).toMatch(/<c:barChart><c:barDir val="col"\/>[\s\S]*<c:lineChart>/);
    expect(xml('ind-09')).not.toContain('<c:barChart>');
    expect(xml('ind-13')).toContain('<c:barDir val="bar"/>');
    expect(office('ind-10').chartType).toBe('ColumnClustered');
    expect(office('ind-10').series.map((s) => s.chartType)).toEqual([null, null, 'Line']);
    expect(office('ind-09').chartType).toBe('Line');
    expect(office('ind-13').chartType).toBe('BarClustered');
  });

  test('marker: the authority line round, the England benchmark square', () => {
    expect(spec('ind-09').series.map((s) => s.marker)).toEqual(['circle', 'square']);
    const [rate, england] = seriesXml('ind-09');
    expect(rate).toContain('<c:symbol val="circle"/>');
    expect(england).toContain('<c:symbol val="square"/>');
    expect(office('ind-09').series.map((s) => s.marker?.style)).toEqual(['Circle', 'Square']);
    // Columns carry no marker in either renderer.
    expect(seriesXml('ind-01')[0]).not.toContain('<c:marker>');
    expect(office('ind-01').series[0].marker).toBeUndefined();
  });

  test('line style: the authority solid, England dashed', () => {
    const [rate, england] = seriesXml('ind-09');
    expect(rate).not.toContain('<a:prstDash');
    expect(england).toContain('<a:prstDash val="dash"/>');
    expect(office('ind-09').series.map((s) => s.lineStyle)).toEqual(['Continuous', 'Dash']);
  });

  test('value axis minimum: 0 for columns and bars, automatic for lines', () => {
    expect([spec('ind-01').valueAxisMin, spec('ind-09').valueAxisMin]).toEqual([0, null]);
    const valueAxis = (id: string) => /<c:valAx>[\s\S]*?<\/c:valAx>/.exec(xml(id))?.[0] ?? '';
    expect(valueAxis('ind-01')).toContain('<c:min val="0"/>');
    expect(valueAxis('ind-09')).not.toContain('<c:min ');
    expect(office('ind-01').axes['Value/Primary'].minimum).toBe(0);
    expect(office('ind-09').axes['Value/Primary'].minimum).toBeUndefined();
  });

  test('point colours: the profile district dark blue, the other district grey, the authority dark grey', () => {
    expect(spec('district-North-cp-rate').series[0].pointColors).toEqual(['#12436D', '#BFBFBF', '#3D3D3D']);
    const points = [...seriesXml('district-North-cp-rate')[0].matchAll(/<c:dPt><c:idx val="(\d)"\/>[\s\S]*?<a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => [Number(m[1]), m[2]]);
    expect(points).toEqual([[0, '12436D'], [1, 'BFBFBF'], [2, '3D3D3D']]);
    expect(office('district-North-cp-rate').series[0].pointColors).toEqual({ 0: '#12436D', 1: '#BFBFBF', 2: '#3D3D3D' });
  });

  test('alternative text: written as the chart drawing description in the .xlsx', () => {
    const alt = spec('ind-09').altText;
    expect(alt).toBe('9. Children looked after – rate per 10,000 aged under 18. Lines: rate each month, with England as reference lines, each in its own dash pattern and marker.');
    expect(drawings).toContain(`descr="${alt}"`);
  });
});

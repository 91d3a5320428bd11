/**
 * Model-level checks of the printed report on the realistic sample (issue 12 acceptance): every
 * chart has alternative text and more than one data point, every section fits its printed page,
 * each district profile is one page and the District Summary at most two.
 */
import { dayFromYmd } from '../../src/engine/dates';
import { buildResults } from '../../src/engine/build';
import { defaultSettings } from '../../src/engine/settings/defaults';
import { buildReportModel } from '../../src/report/build-model';
import { columnsPixels, ROW_HEIGHT_PX } from '../../src/report/layout';
import type { ModelSheet, ReportModel } from '../../src/report/model';
import { pageCapacityPx, printScale, rowPixels } from '../../src/report/pages';
import { generateSample } from '../../src/sample/generate';

let model: ReportModel;

beforeAll(() => {
  const settings = { ...defaultSettings(), financialYear: 2021, quarter: 2 as const };
  const output = buildResults(generateSample({ scale: 1, messy: false, seed: 1 }), settings, { today: dayFromYmd(2021, 10, 15), version: '0.0.0' });
  model = buildReportModel(output, { builtAt: new Date(2021, 9, 15) });
}, 60_000);

const reportSheets = () => model.sheets.filter((s) => s.kind === 'report');
const charts = () => model.sheets.flatMap((s) => s.charts);

/** Printed pages of a report sheet, from its manual breaks, and the pixel height of each page's rows. */
function pages(sheet: ModelSheet): { first: number; last: number; px: number }[] {
  const area = sheet.print.area!;
  const rowPx = rowPixels(sheet.rowHeights);
  const starts = [(sheet.print.repeatRows?.last ?? -1) + 1, ...(sheet.print.rowBreaks ?? [])];
  // The last row with a cell or under a chart: blank gap rows at the foot of a page print as nothing.
  const used = new Set(sheet.cells.map((c) => c.row));
  for (const chart of sheet.charts) for (let r = chart.anchor.row; r < chart.anchor.row + Math.ceil(chart.height / ROW_HEIGHT_PX); r++) used.add(r);
  return starts.map((first, i) => {
    let last = i + 1 < starts.length ? starts[i + 1] - 1 : area.lastRow;
    while (last > first && !used.has(last)) last -= 1;
    let px = 0;
    for (let r = first; r <= last; r++) px += rowPx(r);
    return { first, last, px };
  });
}

function capacity(sheet: ModelSheet): number {
  const rowPx = rowPixels(sheet.rowHeights);
  const repeat = sheet.print.repeatRows;
  let repeated = 0;
  if (repeat) for (let r = repeat.first; r <= repeat.last; r++) repeated += rowPx(r);
  return pageCapacityPx(printScale(sheet.print.area!, sheet.columns), repeated);
}

describe('charts of the sample report', () => {
  it('every chart has alternative text: its title and a description of what it shows', () => {
    for (const chart of charts()) {
      expect(chart.altText.startsWith(chart.title)).toBe(true);
      expect(chart.altText.length).toBeGreaterThan(chart.title.length + 20);
    }
  });

  it('no chart has a single data point', () => {
    for (const chart of charts()) {
      const points = chart.series.length * (chart.categories.lastRow - chart.categories.firstRow + 1);
      expect([chart.id, points > 1]).toEqual([chart.id, true]);
    }
  });

  it('highlights the profile district in the strongest colour and the other districts grey', () => {
    const bars = charts().find((c) => c.id === 'district-Redditch-cp-rate')!;
    expect(bars.kind).toBe('bar');
    // Bromsgrove, Malvern Hills, Redditch, Worcester, Wychavon, Wyre Forest, Worcestershire, England.
    expect(bars.series[0].pointColors).toEqual(['#BFBFBF', '#BFBFBF', '#12436D', '#BFBFBF', '#BFBFBF', '#BFBFBF', '#3D3D3D', '#F46A25']);
  });
});

describe('printed pages of the sample report (model level)', () => {
  it('every page of every report sheet holds its rows and charts within the printable height', () => {
    for (const sheet of reportSheets()) {
      for (const page of pages(sheet)) expect([sheet.name, page.first, page.px <= capacity(sheet)]).toEqual([sheet.name, page.first, true]);
    }
  });

  it('every chart ends on the page it starts on', () => {
    for (const sheet of reportSheets()) {
      const sheetPages = pages(sheet);
      for (const chart of sheet.charts) {
        const lastRow = chart.anchor.row + Math.ceil(chart.height / ROW_HEIGHT_PX) - 1;
        const page = sheetPages.find((p) => chart.anchor.row >= p.first && chart.anchor.row <= p.last)!;
        expect([chart.id, lastRow <= page.last]).toEqual([chart.id, true]);
      }
    }
  });

  it('each district profile is one page and the District Summary two', () => {
    const districts = reportSheets().filter((s) => s.print.footer?.left.startsWith('District profile: '));
    expect(districts.map((s) => s.name)).toEqual(['Bromsgrove', 'Malvern Hills', 'Redditch', 'Worcester', 'Wychavon', 'Wyre Forest']);
    for (const sheet of districts) expect([sheet.name, pages(sheet).length]).toEqual([sheet.name, 1]);
    expect(pages(model.sheets.find((s) => s.name === 'District Summary')!)).toHaveLength(2);
  });

  it('prints each district profile at a readable scale (at least 70 %)', () => {
    for (const sheet of reportSheets().filter((s) => s.print.footer?.left.startsWith('District profile: '))) {
      const width = columnsPixels(sheet.print.area!.lastCol, sheet.columns);
      expect(988 / width).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('prints no text smaller than 6 pt: the smallest style (notes, 9 pt) times each sheet\'s fit-to-width scale', () => {
    for (const sheet of reportSheets()) {
      const scale = printScale(sheet.print.area!, sheet.columns);
      expect([sheet.name, 9 * scale >= 6]).toEqual([sheet.name, true]);
    }
  });
});

import { installFakeExcel } from '../fakes/fake-excel';
import { insertSampleData } from '../../src/office/sample-data';
import { buildInExcel } from '../../src/office/build';
import { GENERATED_MARKER } from '../../src/report/model';

const globals = globalThis as Record<string, unknown>;

afterEach(() => {
  delete globals.Excel;
  delete globals.Office;
});

describe('insertSampleData + buildInExcel against the fake', () => {
  it('builds the report from sample lists without touching them, then refuses a second sample insert', async () => {
    const fake = installFakeExcel(globalThis, [{ name: 'Notes', values: [['my notes']] }]);
    const { created } = await insertSampleData(0.05);
    expect(created.length).toBeGreaterThanOrEqual(7);
    const listsBefore = JSON.stringify(fake.snapshot().sheets);

    const steps: string[] = [];
    const outcome = await buildInExcel({ financialYear: 2021, quarter: 2 }, (step) => steps.push(step));
    expect(outcome.results.period.financialYear).toBe('2021/22');
    expect(outcome.results.period.quarter).toBe(2);
    expect(outcome.listsRead.map((l) => l.list).sort((a, b) => a - b)).toEqual([1, 3, 4, 6, 7, 8, 9]);
    expect(outcome.indicatorsAvailable).toBe(23);

    const names = fake.sheetNames();
    expect(names.slice(0, 1 + created.length)).toEqual(['Notes', ...created]);
    expect(names.slice(1 + created.length)).toEqual([
      'Performance Report', 'District Summary', 'Bromsgrove', 'Malvern Hills', 'Redditch', 'Worcester', 'Wychavon', 'Wyre Forest', 'Chart Data', 'Build Log',
    ]);
    for (const name of names.slice(1 + created.length)) expect(fake.sheet(name)!.names[0].name).toBe(GENERATED_MARKER);
    // The source sheets are byte-for-byte unchanged.
    const listsAfter = JSON.stringify(fake.snapshot().sheets.slice(0, 1 + created.length));
    expect(listsAfter).toEqual(JSON.stringify(JSON.parse(listsBefore)));
    expect(fake.sheet('Performance Report')!.charts.length).toBeGreaterThan(15);
    for (const sheet of fake.state.sheets) for (const chart of sheet.charts) expect(chart.displayBlanksAs).toBe('NotPlotted');

    // No child ID from the lists appears in any generated sheet.
    const ids = new Set(Object.entries(fake.sheet(created[0])!.cells).filter(([k]) => k.endsWith(',0')).map(([, c]) => String(c.value)));
    ids.delete('Child Unique ID');
    expect(ids.size).toBeGreaterThan(10);
    for (const name of names.slice(1 + created.length)) {
      for (const cell of Object.values(fake.sheet(name)!.cells)) expect(ids.has(String(cell.value))).toBe(false);
    }

    await expect(insertSampleData(0.05)).rejects.toThrow(/Sample data was not inserted/);
  }, 60_000);
});

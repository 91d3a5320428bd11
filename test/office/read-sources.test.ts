import { readSourceSheets, RESPONSE_BUDGET_BYTES } from '../../src/office/read-sources';
import { FakeExcel } from '../fakes/fake-excel';
import { GENERATED_MARKER } from '../../src/report/model';

function bigList(rows: number): (string | number)[][] {
  const values: (string | number)[][] = [['Child Unique ID', 'Gender', 'Ethnicity', 'Date of Birth', 'Date of Referral', 'Referral Source', 'Referral NFA?', 'Allocated Team']];
  for (let r = 0; r < rows; r++) values.push([`C${String(r).padStart(6, '0')}`, 'a) Male', 'WBRI', 40000 + (r % 5000), 44300 + (r % 180), '6: Police', 'b) No', 'Team North']);
  return values;
}

describe('readSourceSheets', () => {
  it('reads a 50,000-row list in chunks whose responses stay under 1 MB, rows in order', async () => {
    const values = bigList(50_000);
    const fake = new FakeExcel([{ name: 'List 3', values }]);
    const sheets = await fake.run((context) => readSourceSheets(context));
    expect(sheets).toHaveLength(1);
    expect(sheets[0].values).toHaveLength(50_001);
    expect(sheets[0].values[0][0]).toBe('Child Unique ID');
    expect(sheets[0].values[50_000]).toEqual(values[50_000]);
    expect(sheets[0].values[12_345]).toEqual(values[12_345]);
    const responses = fake.syncs.map((s) => s.responseBytes);
    for (const bytes of responses) expect(bytes).toBeLessThan(RESPONSE_BUDGET_BYTES);
    // ~100 bytes a row → 5 MB in all: at least 6 chunked syncs besides the 2 look-ups.
    expect(fake.syncCount).toBeGreaterThanOrEqual(8);
  });

  it('honours a used range that starts below and right of A1, and skips generated and empty sheets', async () => {
    const fake = new FakeExcel([
      { name: 'Contacts', firstRow: 2, firstColumn: 1, values: [['Child Unique ID', 'Date of Contact'], ['007', 44300]] },
      { name: 'Performance Report', values: [['old report']], names: [{ name: GENERATED_MARKER, formula: '="x"', comment: '' }] },
      { name: 'Empty' },
    ]);
    const sheets = await fake.run((context) => readSourceSheets(context));
    expect(sheets).toEqual([{ name: 'Contacts', firstRow: 3, firstColumn: 1, values: [['Child Unique ID', 'Date of Contact'], ['007', 44300]] }]);
  });
});

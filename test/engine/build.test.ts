import { buildResults } from '../../src/engine/build';
import type { SourceSheet } from '../../src/engine/types';
import { d, testSettings, values } from './fixtures';

const sheets: SourceSheet[] = [
  {
    name: 'List 1',
    values: [
      ['Child Unique ID', 'Date of Contact'],
      ['C1', '01/04/2021'], ['C2', '15/04/2021'], ['C3', '03/05/2021'], ['C1', '20/09/2021'],
      ['C4', '31/02/2021'], // impossible date: row excluded, one problem
    ],
  },
  {
    name: 'Referrals',
    values: [
      ['Child Unique ID', 'Date of Referral', 'Referral Source', 'Referral NFA?'],
      ['C1', '02/04/2021', '6', 'No'], ['C1', '21/09/2021', 'q) 6: Police', 'Yes'], ['C3', '2021-05-04', '2A', 'No'],
      ['C9', '10/10/2021', '', ''], // latest referral: 10/10/2021 → 2021/22, Q2 complete
    ],
  },
  {
    name: 'List 8',
    values: [
      ['Child Unique ID', 'Date Started to be Looked After', 'Date Ceased to be Looked After', "Child's Legal Status", 'Placement postcode'],
      ['K1', '01/01/2021', '', 'C2', 'B1 1AA'],
      ['K2', '01/05/2021', '31/08/2021', 'C1', ''],
      ['K3', '01/01/2021', '', 'V3', ''],
    ],
  },
  { name: 'Notes', values: [['anything']] },
];

describe('buildResults', () => {
  const progress: string[] = [];
  const output = buildResults(sheets, testSettings(), { today: d('2022-01-10'), version: '1.2.3', onProgress: (step) => progress.push(step) });
  const { results } = output;

  it('fills the header of the results JSON', () => {
    expect(results.generator).toEqual({ name: 'csc-report-builder', version: '1.2.3' });
    expect(results.authority).toBe('Worcestershire');
    expect(results.period).toEqual({ financialYear: '2021/22', quarter: 2, start: '2021-04-01', end: '2021-09-30', previousQuarterEnd: '2021-06-30' });
    expect(results.threshold).toBe(10);
    expect(progress).toEqual(expect.arrayContaining(['Reading lists', 'Calculating indicators', 'District profiles']));
  });
  it('computes the 23 indicators from the parsed lists', () => {
    expect(results.indicators.map((i) => i.id)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    const byId = (id: number) => results.indicators[id - 1];
    expect(values(byId(1), 'Contacts')).toEqual([2, 1, 0, 0, 0, 1]);
    expect(values(byId(3), 'Referrals')).toEqual([1, 1, 0, 0, 0, 1]);
    // #2 (no outcome column): C1 01/04 → referral 02/04 (progressed); C2 no; C3 03/05 → 04/05 (progressed); C1 20/09 → 21/09 (progressed)
    expect(values(byId(2), 'Contacts')).toEqual([3, 1]);
    expect(values(byId(5), 'Referrals').slice(0, 2)).toEqual([0, 1]); // Schools 1
    expect(values(byId(5), 'Referrals')[6]).toBe(2); // Police
    expect(values(byId(9), 'Children looked after')).toEqual([1, 2, 2, 2, 1, 1]);
    expect(byId(7).available).toBe(false);
    expect(byId(7).reason).toBe('List 4 (Assessments) was not found in the workbook');
    expect(byId(21).available).toBe(false);
  });
  it('computes the district blocks with the resolver', () => {
    expect(results.districts.names).toEqual(['Bromsgrove', 'Malvern Hills', 'Redditch', 'Worcester', 'Wychavon', 'Wyre Forest', 'Outside the authority', 'Unknown']);
    const cla = results.districts.blocks.find((b) => b.id === 'cla-by-placement-district')!;
    // K1 placed in Birmingham (B1 1AA, outside) at both dates; K2 no postcode → Unknown at 30/06 only
    expect(values(cla, '2021-06-30')).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
    expect(values(cla, '2021-09-30')).toEqual([0, 0, 0, 0, 0, 0, 1, 0]);
  });
  it('counts the problems and applies suppression', () => {
    expect(results.problems.count).toBeGreaterThanOrEqual(1);
    expect(results.problems.items.some((p) => p.list === 1 && p.row === 6)).toBe(true);
    const contacts = results.indicators[0].series[0];
    expect(contacts.suppressed).toEqual([true, true, false, false, false, true]);
  });
  it('throws a clear error when no Annex A list can be read', () => {
    expect(() => buildResults([{ name: 'Notes', values: [['x']] }], testSettings(), { today: d('2022-01-10'), version: '1' })).toThrow(/No Annex A list/);
  });
});

describe('byImportance', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { byImportance } = require('../../src/engine/build') as typeof import('../../src/engine/build');
  const p = (message: string, severity: 'error' | 'warning', row: number | null) => ({ list: 3 as const, sheet: 'List_3', row, column: null, value: null, message, severity });
  it('puts errors first, then list-level warnings, then cell warnings, keeping the order within each', () => {
    const ordered = byImportance([p('w1', 'warning', 5), p('e1', 'error', 9), p('list', 'warning', null), p('w2', 'warning', 2), p('e2', 'error', 3)]);
    expect(ordered.map((x) => x.message)).toEqual(['e1', 'e2', 'list', 'w1', 'w2']);
  });
});

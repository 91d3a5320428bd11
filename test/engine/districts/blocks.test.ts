import { buildDistrictBlocks } from '../../../src/engine/districts/blocks';
import type { DistrictBlock } from '../../../src/engine/results';
import { care, cin, context, leaver, plan, values } from '../fixtures';

const settings = { districts: [{ name: 'Redditch', population: 20000 }, { name: 'Worcester', population: 10000 }], population: 30000 };
const NAMES = ['Redditch', 'Worcester', 'Outside the authority', 'Unknown'];

function block(blocks: DistrictBlock[], id: string): DistrictBlock {
  const found = blocks.find((b) => b.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('district blocks', () => {
  const lists = {
    8: [
      care('A', '2021-01-01', null, { placementPostcode: 'WR1 2EY' }), // Worcester at both dates
      care('B', '2021-01-01', '2021-08-01', { placementPostcode: 'B1 1AA' }), // Outside at 30/06 only
      care('C', '2021-07-01', null, { district: 'Redditch' }), // Redditch at S only
      care('D', '2021-01-01', null), // Unknown at both
      care('E', '2021-01-01', null, { legalStatus: 'V4', district: 'Redditch' }), // short breaks: excluded
      care('A', '2020-01-01', '2020-12-31', { district: 'Redditch' }), // A's old period: not current
    ],
    9: [
      leaver('L1', '2001-01-01', { district: 'Redditch', inTouch: 'YES', suitable: true, activity: 'F1' }),
      leaver('L2', '1998-01-01', { district: 'Redditch', inTouch: 'NO', suitable: false, activity: 'G5' }), // any age counts
      leaver('L2', '1998-01-01', { district: 'Redditch', inTouch: 'YES', suitable: false, activity: 'G5' }), // last row of L2 wins
      leaver('L3', '2002-01-01', { district: 'Worcester', inTouch: 'NO' }),
      leaver('L4', '2002-01-01', {}), // Unknown
    ],
    7: [
      plan('P1', '2021-01-01', null, { district: 'Redditch', latestCategory: 'NEG' }),
      plan('P2', '2021-01-01', null, { district: 'Redditch', latestCategory: 'EMO' }),
      plan('P3', '2021-01-01', null, { district: 'Redditch', latestCategory: 'NEG' }),
      plan('P4', '2021-01-01', null, { district: 'Worcester' }),
      plan('P5', '2021-01-01', '2021-09-30', { district: 'Worcester', latestCategory: 'PHY' }), // ended at S
    ],
    6: [
      cin('P1', '2021-01-01', null, { district: 'Redditch' }), // on a plan: not local CIN
      cin('A', '2021-01-01', null, { district: 'Worcester' }), // looked after: not local CIN
      cin('N1', '2021-01-01', null, { district: 'Worcester' }),
      cin('N2', '2021-01-01', null, { district: 'Worcester' }),
      cin('N3', '2021-01-01', '2021-09-30', { district: 'Worcester' }), // closed at S
      cin('N4', '2021-01-01', '2021-10-30', { district: 'Redditch', closureReason: 'RC8' }), // RC8: never counted
      cin('N5', '2021-01-01', null, { district: 'Redditch' }),
    ],
  };
  const { names, blocks } = buildDistrictBlocks(context(lists, { settings }));

  it('names the configured districts, then Outside and Unknown, and every block uses them', () => {
    expect(names).toEqual(NAMES);
    expect(blocks.map((b) => b.id)).toEqual([
      'cla-by-placement-district', 'care-leavers-open', 'care-leavers-in-touch-pct', 'care-leavers-suitable-pct', 'care-leavers-eet-pct',
      'cp-number', 'cp-rate', 'cp-category-pct', 'cin-local-number', 'cin-local-rate',
    ]);
    for (const b of blocks.filter((x) => x.id !== 'cp-category-pct')) expect(b.categories).toEqual(NAMES);
  });
  it('children looked after by placement district at the previous quarter end and at S', () => {
    const b = block(blocks, 'cla-by-placement-district');
    expect(b.series.map((s) => s.name)).toEqual(['2021-06-30', '2021-09-30']);
    expect(values(b, '2021-06-30')).toEqual([0, 1, 1, 1]);
    expect(values(b, '2021-09-30')).toEqual([1, 1, 0, 1]);
  });
  it('care leavers: distinct young people by district, and percentages over all of them', () => {
    expect(values(block(blocks, 'care-leavers-open'), 'Care leavers')).toEqual([2, 1, 0, 1]);
    expect(values(block(blocks, 'care-leavers-in-touch-pct'), 'Percent')).toEqual([100, 0, null, 0]);
    expect(values(block(blocks, 'care-leavers-suitable-pct'), 'Percent')).toEqual([50, 0, null, 0]);
    const eet = block(blocks, 'care-leavers-eet-pct').series[0];
    expect(eet.values).toEqual([50, 0, null, 0]);
    expect([eet.numerator, eet.denominator]).toEqual([[1, 0, 0, 0], [2, 1, 0, 1]]);
  });
  it('child protection: number, rate per 10,000 of the district (null without a population), categories', () => {
    expect(values(block(blocks, 'cp-number'), 'Children on a plan')).toEqual([3, 1, 0, 0]);
    const rate = block(blocks, 'cp-rate').series[0];
    expect(rate.values).toEqual([1.5, 1, null, null]);
    expect(rate.denominator).toEqual([20000, 10000, null, null]);
    const cat = block(blocks, 'cp-category-pct');
    expect(cat.categories).toEqual(['Neglect', 'Physical abuse', 'Sexual abuse', 'Emotional abuse', 'Multiple', 'Not recorded']);
    expect(cat.series.map((s) => s.name)).toEqual(NAMES);
    expect(values(cat, 'Redditch')).toEqual([66.7, 0, 0, 33.3, 0, 0]);
    expect(values(cat, 'Worcester')).toEqual([0, 0, 0, 0, 0, 100]);
    expect(values(cat, 'Unknown')).toEqual([null, null, null, null, null, null]);
  });
  it('children in need (local definition): open CIN, not on a plan and not looked after', () => {
    expect(values(block(blocks, 'cin-local-number'), 'Children in need')).toEqual([1, 2, 0, 0]);
    expect(values(block(blocks, 'cin-local-rate'), 'Rate')).toEqual([0.5, 2, null, null]);
  });
  it('blocks are not available when their list is absent', () => {
    const empty = buildDistrictBlocks(context({}, { settings }));
    expect(empty.blocks.every((b) => !b.available)).toBe(true);
    expect(block(empty.blocks, 'care-leavers-open').reason).toBe('List 9 (Care leavers) was not found in the workbook');
  });
});

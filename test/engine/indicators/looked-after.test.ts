import { indicator } from '../../../src/engine/indicators';
import { care, context, values } from '../fixtures';

describe('#9 and #10 children looked after', () => {
  const rows = [
    care('A', '2020-01-01', '2021-04-30'), // ceases on 30/04: NOT open at the April month end
    care('B', '2021-04-30', null), // starts on 30/04: open at the April month end
    care('C', '2020-05-01', '2021-06-15'), care('C', '2021-06-20', null), // two periods: once at each month end
    care('C', '2021-07-01', null), // overlapping third row of C: still once
    care('D', '2021-05-01', null, { legalStatus: 'V3' }), // short breaks: excluded
    care('E', '2021-05-01', '2021-08-01', { legalStatus: 'V4' }),
  ];
  it('counts distinct children open at each month end and the rate per 10,000', () => {
    const r = indicator(9, context({ 8: rows }, { settings: { population: 20000 } }));
    expect(values(r, 'Children looked after')).toEqual([2, 2, 2, 2, 2, 2]);
    expect(values(r, 'Rate')).toEqual([1, 1, 1, 1, 1, 1]);
    const rate = r.series.find((s) => s.name === 'Rate')!;
    expect(rate.numeratorSeries).toBe('Children looked after');
    expect(rate.denominator).toEqual([20000, 20000, 20000, 20000, 20000, 20000]);
    // cla_rate_per_10k for the year ending 31/03/2021: England 69, West Midlands 86, SN 54.8
    expect(values(r, 'England')).toEqual([69, 69, 69, 69, 69, 69]);
    expect(values(r, 'Region')[0]).toBe(86);
    expect(values(r, 'Statistical neighbours')[0]).toBe(54.8);
  });
  it('counts starts and ends by month (rows, V3/V4 excluded)', () => {
    const r = indicator(10, context({ 8: rows }));
    expect(values(r, 'Started')).toEqual([1, 0, 1, 1, 0, 0]);
    expect(values(r, 'Ceased')).toEqual([1, 0, 1, 0, 0, 0]);
    expect(values(r, 'At month end')).toEqual([2, 2, 2, 2, 2, 2]);
  });
  it('a month-end count with a ceasing on the month-end day', () => {
    const r = indicator(9, context({ 8: [care('A', '2021-01-01', '2021-05-31'), care('B', '2021-01-01', '2021-06-01')] }));
    expect(values(r, 'Children looked after')).toEqual([2, 1, 0, 0, 0, 0]);
  });
});

describe('#18–#20 children looked after at S', () => {
  const s = '2021-09-30';
  const rows = [
    care('A', '2021-01-01', null, { placementType: 'U1', legalStatus: 'C2', placementLocation: 'in' }),
    care('B', '2021-01-01', null, { placementType: 'A5', legalStatus: 'E1', placementPostcode: 'WR1 2EY' }),
    care('C', '2021-01-01', null, { placementType: 'P1', legalStatus: 'C1', placementPostcode: 'B1 1AA' }),
    care('D', '2021-01-01', null, { placementType: 'H5', legalStatus: 'D1', placementLocation: 'out' }),
    care('E', '2021-01-01', null, { placementType: 'K2', legalStatus: 'V2' }),
    care('F', '2021-01-01', null, { placementType: 'S1', legalStatus: 'L2' }),
    care('G', '2021-01-01', null, { placementType: 'Z1', legalStatus: 'J1' }),
    care('H', '2021-01-01', null, { placementType: 'X9', legalStatus: null }),
    care('I', '2021-01-01', null, { placementType: null, legalStatus: 'C2' }),
    // J: an old period with U1 and a current one with R1 → current one counts
    care('J', '2019-01-01', s, { placementType: 'U1' }), care('J', '2021-02-01', null, { placementType: 'R1', legalStatus: 'C2' }),
    care('K', '2021-01-01', null, { placementType: 'U2', legalStatus: 'V3' }), // short breaks: excluded
    care('L', '2021-01-01', s, { placementType: 'U3' }), // ceased at S: not current
  ];
  it('#18 by placement type group', () => {
    const r = indicator(18, context({ 8: rows }));
    expect(r.categories).toEqual([
      'Foster placements', 'Placed for adoption', 'Placed with parents', 'Independent and semi-independent living',
      "Children's homes and secure units", 'Other residential settings', 'Other placements', 'Not recorded',
    ]);
    expect(values(r, 'Children')).toEqual([1, 1, 1, 1, 2, 1, 2, 1]);
    expect(values(r, 'Percent')).toEqual([10, 10, 10, 10, 20, 10, 20, 10]);
  });
  it('#19 by placement location, else placement postcode', () => {
    const r = indicator(19, context({ 8: rows }));
    expect(r.categories).toEqual(['Inside the authority', 'Outside the authority', 'Not recorded']);
    // A in, B WR postcode in; C B1 postcode out, D out; the other 6 not recorded
    expect(values(r, 'Children')).toEqual([2, 2, 6]);
  });
  it('#20 by legal status group', () => {
    const r = indicator(20, context({ 8: rows }));
    expect(r.categories).toEqual([
      'Interim care order', 'Full care order', 'Placement order', 'Accommodated under section 20',
      'Detained for child protection', 'Youth justice legal statuses', 'Not recorded',
    ]);
    // C1: C; C2: A, I, J; E1/D1: B, D; V2: E; L2: F; J1: G; null: H
    expect(values(r, 'Children')).toEqual([1, 3, 2, 1, 1, 1, 1]);
  });
  it('is not available without List 8', () => {
    expect(indicator(18, context({})).reason).toBe('List 8 (Children in care) was not found in the workbook');
  });
});

import { indicator } from '../../../src/engine/indicators';
import { context, leaver, values } from '../fixtures';

// Period 2021/22 Q2: 01/04/2021 – 30/09/2021.
const rows = [
  leaver('A', '2002-04-01', { inTouch: 'YES', suitable: true, activity: 'F1' }), // 19th birthday on the first day: in
  leaver('B', '2000-09-30', { inTouch: 'NO', accommodationType: 'U1', activity: 'G4' }), // 21st birthday on the last day: in
  leaver('C', '1999-06-01', { inTouch: 'YES', suitable: true, activity: 'F2' }), // 22nd birthday in the period: out
  leaver('D', '2001-07-15', { inTouch: 'REFU', suitable: false, accommodationType: 'U2', activity: 'G5' }), // 20th: in
  leaver('E', '2002-10-01', { inTouch: 'YES' }), // 19th the day after the period: out
  leaver('F', '2000-02-29', { inTouch: 'YES', activity: 'P4' }), // 21st falls on 28/02/2021: out
  leaver('G', '2001-05-05', { activity: 'G1' }), leaver('G', '2001-05-05', { inTouch: 'DIED', activity: 'G6' }), // two rows: last wins
  leaver('H', '2000-05-05', { inTouch: 'RHOM', accommodationType: 'B1', activity: 'F3' }),
];

describe('#21 in touch', () => {
  it('cohort of 19th–21st birthdays in the period, with the in-touch breakdown', () => {
    const r = indicator(21, context({ 9: rows }));
    expect(r.categories).toEqual(['2021/22 Q2']);
    expect(r.kind).toBe('period');
    expect(values(r, 'Cohort')).toEqual([5]); // A, B, D, G, H
    expect(values(r, 'In touch')).toEqual([1]);
    expect(values(r, 'Percent')).toEqual([20]);
    expect(r.series.some((s) => s.benchmark)).toBe(false);
    expect(r.breakdown?.categories).toEqual(['Yes', 'No', 'Died', 'Refused', 'No longer requires services', 'Returned home', 'Not recorded']);
    expect(r.breakdown?.series[0].name).toBe('Young people');
    expect(r.breakdown?.series[0].values).toEqual([1, 1, 1, 1, 0, 1, 0]);
  });
});

describe('#22 suitable accommodation', () => {
  it('Suitable, or a 903 code with second character 1', () => {
    const r = indicator(22, context({ 9: rows }));
    expect(values(r, 'Suitable')).toEqual([3]); // A suitable, B U1, H B1
    expect(values(r, 'Percent')).toEqual([60]);
    // care_leavers_19_21_suitable_pct for the year ending 31/03/2021
    expect(r.series.filter((s) => s.benchmark).map((s) => s.values.length)).toEqual([1, 1, 1]);
  });
});

describe('#23 EET', () => {
  it('counts F1–F5/P1–P5 with the activity breakdown', () => {
    const r = indicator(23, context({ 9: rows }));
    expect(values(r, 'In EET')).toEqual([2]); // A F1, H F3
    expect(values(r, 'Percent')).toEqual([40]);
    expect(r.breakdown?.categories).toEqual([
      'Higher education', 'Other education', 'Apprenticeship', 'Training or employment',
      'NEET – illness or disability', 'NEET – other', 'NEET – pregnancy or parenting', 'Not recorded',
    ]);
    expect(r.breakdown?.series[0].values).toEqual([1, 0, 0, 1, 1, 1, 1, 0]);
  });
  it('is not available without List 9', () => {
    const r = indicator(23, context({}));
    expect(r.available).toBe(false);
    expect(r.reason).toBe('List 9 (Care leavers) was not found in the workbook');
    expect(r.categories).toEqual(['2021/22 Q2']);
  });
});

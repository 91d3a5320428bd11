import { commentaryTemplate, MAX_COMMENTARY, readCommentary } from '../../../src/engine/summary/commentary';

describe('Report Commentary', () => {
  it('is created with a heading row, the Summary row and one row per indicator for the period', () => {
    const rows = commentaryTemplate('2021/22 Q2');
    expect(rows[0]).toEqual(['Period', 'Indicator', 'Commentary']);
    expect(rows[1]).toEqual(['2021/22 Q2', 'Summary', null]);
    expect(rows.slice(2).map((r) => r[1])).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('reads the period\'s rows only, keeping every word; other periods and blanks are skipped', () => {
    const values = [
      ['Period', 'Indicator', 'Commentary'],
      ['2021/22 Q1', 6, 'Old words'],
      ['2021/22 Q2', 'Summary', 'A steady quarter.\nMore on referrals below.'],
      [' 2021/22  q2 ', 6, '=SUM(A1) is text, not a formula'],
      ['2021/22 Q2', 7, null],
    ];
    const c = readCommentary(values, '2021/22 Q2');
    expect(c.summary).toBe('A steady quarter.\nMore on referrals below.');
    expect([...c.byIndicator]).toEqual([[6, '=SUM(A1) is text, not a formula']]);
    expect(c.problems).toEqual([]);
  });

  it('cuts text over 1,000 characters with a warning naming the row; a bad indicator or a repeat is a located warning', () => {
    const long = 'x'.repeat(1200);
    const c = readCommentary([
      ['Period', 'Indicator', 'Commentary'],
      ['2021/22 Q2', 3, long],
      ['2021/22 Q2', 'Twenty', 'which?'],
      ['2021/22 Q2', 3, 'again'],
    ], '2021/22 Q2');
    expect(c.byIndicator.get(3)).toHaveLength(MAX_COMMENTARY);
    expect(c.problems.map((p) => [p.sheet, p.row, p.column, p.message])).toEqual([
      ['Report Commentary', 2, 'Commentary', 'Report Commentary: the commentary is 1200 characters; the report shows the first 1,000'],
      ['Report Commentary', 3, 'Indicator', 'Report Commentary: the Indicator should be 1 to 23 or "Summary"; commentary not shown'],
      ['Report Commentary', 4, 'Indicator', 'Report Commentary: a second row for indicator 3 in 2021/22 Q2; the first is shown'],
    ]);
  });

  it('finds the heading row below a title', () => {
    const c = readCommentary([['My notes'], [], ['Period', 'Indicator', 'Commentary'], ['2021/22 Q2', 1, 'Hi']], '2021/22 Q2');
    expect(c.byIndicator.get(1)).toBe('Hi');
  });
});

import { scorecardLines } from '../../src/cli/scorecard';
import type { SummaryRow } from '../../src/engine/summary/types';

const row = (over: Partial<SummaryRow>): SummaryRow => ({
  id: 1, measure: 'Contacts, year to date', unit: 'count', value: 7523, suppressed: false, previous: 7424, previousSuppressed: false,
  previousLabel: 'same period of 2020/21', direction: 'up', polarity: 'neither', judgement: 'neutral', england: null, region: null,
  statisticalNeighbours: null, target: null, tolerance: null, rag: null, variation: 'common', assurance: null, headline: '', commentary: null, ...over,
});

describe('CLI scorecard', () => {
  it('prints indicator, value as shown, direction, RAG and signal; a suppressed value as <T', () => {
    const lines = scorecardLines([
      row({}),
      row({ id: 8, measure: 'Assessments within 45 working days (%)', unit: 'percent', value: 88.4, direction: 'down', rag: 'amber', variation: 'common' }),
      row({ id: 15, measure: 'Plans open 2+ years at closure (%)', unit: 'percent', value: 1.4, suppressed: true, direction: null, variation: null }),
    ], 10);
    expect(lines[0]).toBe('Scorecard:');
    expect(lines[2]).toBe(`   1  ${'Contacts, year to date'.padEnd(44)}     7,523  up         –      usual range`);
    expect(lines[3]).toBe(`   8  ${'Assessments within 45 working days (%)'.padEnd(44)}     88.4%  down       amber  usual range`);
    expect(lines[4]).toBe(`  15  ${'Plans open 2+ years at closure (%)'.padEnd(44)}       <10  –          –`);
    expect(lines.join('\n')).not.toContain('1.4');
  });
});

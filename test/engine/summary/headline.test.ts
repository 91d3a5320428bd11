import { headlineSentence, MAX_WORDS, wordCount, type HeadlineFacts } from '../../../src/engine/summary/headline';
import { BENCHMARKED, HEADLINE_MEASURES, SPC_SERIES } from '../../../src/engine/summary/measures';
import type { SpcResult, SpcSignal } from '../../../src/engine/summary/types';

const measure = (id: number) => HEADLINE_MEASURES.find((m) => m.id === id)!;

function facts(id: number, over: Partial<HeadlineFacts> = {}): HeadlineFacts {
  return {
    measure: measure(id),
    unit: 'percent',
    value: 22.4,
    suppressed: false,
    previous: 21.1,
    previousSuppressed: false,
    previousLabel: 'June 2021',
    england: 21.5,
    polarity: measure(id).polarity,
    spc: null,
    threshold: 10,
    periodLabel: '2021/22 Q2',
    ...over,
  };
}

function spc(signals: SpcSignal[], variation: SpcResult['variation'], length = 20): SpcResult {
  return {
    series: 'Contacts', categories: [], values: Array.from({ length }, (_, i) => 1000 + i), suppressed: [],
    enough: true, mean: 1000, upper: 1100, lower: 900, signals, variation, assurance: null,
  };
}

const BANNED = /significant|only|strong|worrying|better|worse|good|bad|concern/i;

describe('headline sentences', () => {
  it('states the value, the change in percentage points and England, as the spec example', () => {
    expect(headlineSentence(facts(6))).toBe('Re-referrals within 12 months were 22.4%, up 1.3 percentage points on June 2021 and above England (21.5%).');
  });

  it('counts with thousands separators, the change on the same period last year, no England', () => {
    const s = headlineSentence(facts(1, { unit: 'count', value: 12345, previous: 12033, previousLabel: 'same period of 2020/21', england: null }));
    expect(s).toBe('Contacts in the year to date were 12,345, up 312 on the same period of 2020/21.');
  });

  it('same as rounded is "the same as"; level with England', () => {
    expect(headlineSentence(facts(8, { value: 85.2, previous: 85.2, england: 85.2 }))).toBe(
      'Assessments within 45 working days were 85.2%, the same as June 2021 and level with England (85.2%).',
    );
  });

  it('Q1: no previous value, so no change', () => {
    expect(headlineSentence(facts(14, { previous: null, previousLabel: null, england: 22.1, value: 21 }))).toBe(
      'Second or subsequent plans were 21.0%, above England (22.1%).'.replace('above', 'below'),
    );
  });

  it('a suppressed count says "fewer than 10" and never the number', () => {
    const s = headlineSentence(facts(12, { unit: 'count', value: 7, suppressed: true, previous: 12 }));
    expect(s).toBe('Children on a protection plan at the period end were fewer than 10.');
    expect(s).not.toMatch(/\b7\b|12/);
  });

  it('a suppressed percentage is not shown, nor its change or England comparison', () => {
    const s = headlineSentence(facts(15, { value: 1.4, suppressed: true, previous: 1.9, england: 3.5 }));
    expect(s).toBe('Plans open 2 years or more at closure were not shown, as the numbers are fewer than 10.');
  });

  it('a suppressed previous value leaves out the change', () => {
    expect(headlineSentence(facts(6, { previousSuppressed: true }))).toBe('Re-referrals within 12 months were 22.4%, above England (21.5%).');
  });

  it('a null value says there is no figure', () => {
    expect(headlineSentence(facts(2, { value: null, previous: null }))).toBe('Contacts progressed to referral: no figure is available for 2021/22 Q2.');
  });

  it('rates are 1 decimal place, "1 point" is singular', () => {
    expect(headlineSentence(facts(9, { unit: 'rate', value: 75, previous: 74.3, england: 69 }))).toBe(
      'The rate of children looked after was 75.0, up 0.7 on June 2021 and above England (69.0).',
    );
    expect(headlineSentence(facts(6, { value: 23.4, previous: 22.4, england: null }))).toBe('Re-referrals within 12 months were 23.4%, up 1.0 percentage point on June 2021.');
  });

  describe('control-chart wording of the seven series', () => {
    const count = { unit: 'count' as const, value: 7523, previous: 7424, previousLabel: 'same period of 2020/21', england: null };
    const last = 19;
    it('common cause: within its usual range', () => {
      expect(headlineSentence(facts(1, { ...count, spc: spc([], 'common') }))).toBe(
        'Contacts in the year to date were 7,523, up 99 on the same period of 2020/21; the monthly number was within its usual range.',
      );
    });
    it('outside the limits: an unusual rise / fall', () => {
      expect(headlineSentence(facts(1, { ...count, spc: spc([{ index: last, rule: 'outside', direction: 'high' }], 'high') }))).toMatch(/; the monthly number showed an unusual rise\.$/);
      expect(headlineSentence(facts(1, { ...count, spc: spc([{ index: last, rule: 'outside', direction: 'low' }], 'low') }))).toMatch(/showed an unusual fall\.$/);
    });
    it('two of three: an unusual rise', () => {
      expect(headlineSentence(facts(3, { ...count, spc: spc([{ index: last, rule: 'two-of-three', direction: 'high' }], 'high') }))).toMatch(/showed an unusual rise\.$/);
    });
    it('shift: a sustained run above / below the average', () => {
      expect(headlineSentence(facts(10, { ...count, spc: spc([{ index: last, rule: 'shift', direction: 'high' }], 'high') }))).toMatch(/; the month-end number showed a sustained run above the average\.$/);
      expect(headlineSentence(facts(10, { ...count, spc: spc([{ index: last, rule: 'shift', direction: 'low' }], 'low') }))).toMatch(/a sustained run below the average\.$/);
    });
    it('trend: a steady rise over N months, N = the run ending at the last point', () => {
      const run = [13, 14, 15, 16, 17, 18, 19].map((index) => ({ index, rule: 'trend' as const, direction: 'high' as const }));
      expect(headlineSentence(facts(17, { ...count, spc: spc(run, 'high') }))).toMatch(/; the month-end number showed a steady rise over 7 months\.$/);
    });
    it('with polarity, the winning direction follows the icon (#8 high polarity: improvement = rise)', () => {
      const both = [{ index: last, rule: 'outside' as const, direction: 'high' as const }, { index: last, rule: 'shift' as const, direction: 'low' as const }];
      expect(headlineSentence(facts(8, { spc: spc(both, 'improvement') }))).toMatch(/the in-month percentage showed an unusual rise\.$/);
    });
    it('too few months: nothing said about signals', () => {
      expect(headlineSentence(facts(1, { ...count, spc: { ...spc([], null), enough: false } }))).not.toMatch(/range|unusual|average|steady/);
    });
  });

  it('drops the control-chart clause rather than run over 30 words', () => {
    const long = { ...measure(8), subject: 'Assessments authorised within the forty-five working days of the statutory timescale' };
    const trend = Array.from({ length: 12 }, (_, i) => ({ index: 8 + i, rule: 'trend' as const, direction: 'high' as const }));
    const s = headlineSentence(facts(8, { measure: long, spc: spc(trend, 'improvement') }));
    expect(s).toBe('Assessments authorised within the forty-five working days of the statutory timescale were 22.4%, up 1.3 percentage points on June 2021 and above England (21.5%).');
  });

  it('is at most 30 words and never judges, for the longest cases of every indicator', () => {
    const trend = Array.from({ length: 12 }, (_, i) => ({ index: 8 + i, rule: 'trend' as const, direction: 'high' as const }));
    for (const m of HEADLINE_MEASURES) {
      const s = headlineSentence(facts(m.id, { value: 12345.6, previous: 1234.5, england: BENCHMARKED.has(m.id) ? 99999.9 : null, spc: SPC_SERIES[m.id] ? spc(trend, 'high') : null }));
      expect([s, wordCount(s) <= MAX_WORDS]).toEqual([s, true]);
      expect(s).not.toMatch(BANNED);
    }
  });
});

import { directionOf, judgementOf } from '../../../src/engine/summary/direction';
import { ragOf } from '../../../src/engine/summary/rag';

describe('direction and judgement', () => {
  it('compares as rounded (1 dp): 22.40 and 22.4 are the same', () => {
    expect(directionOf(22.4, false, 22.4000000001, false)).toBe('same');
    expect(directionOf(22.5, false, 22.4, false)).toBe('up');
    expect(directionOf(100, false, 101, false)).toBe('down');
  });
  it('is null when either value is null or suppressed', () => {
    expect(directionOf(null, false, 1, false)).toBeNull();
    expect(directionOf(1, false, null, false)).toBeNull();
    expect(directionOf(5, true, 1, false)).toBeNull();
    expect(directionOf(5, false, 1, true)).toBeNull();
  });
  it('judges by polarity: high up = better, low up = worse, neither = neutral, same = same', () => {
    expect(judgementOf('up', 'high')).toBe('better');
    expect(judgementOf('down', 'high')).toBe('worse');
    expect(judgementOf('up', 'low')).toBe('worse');
    expect(judgementOf('down', 'low')).toBe('better');
    expect(judgementOf('up', 'neither')).toBe('neutral');
    expect(judgementOf('same', 'high')).toBe('same');
    expect(judgementOf(null, 'high')).toBeNull();
  });
});

describe('RAG', () => {
  it('polarity high: met = green, missed by up to the tolerance = amber, else red', () => {
    expect(ragOf(90, false, 90, 5, 'high')).toBe('green');
    expect(ragOf(85, false, 90, 5, 'high')).toBe('amber');
    expect(ragOf(84.9, false, 90, 5, 'high')).toBe('red');
  });
  it('polarity low mirrors it', () => {
    expect(ragOf(20, false, 20, 2, 'low')).toBe('green');
    expect(ragOf(22, false, 20, 2, 'low')).toBe('amber');
    expect(ragOf(22.1, false, 20, 2, 'low')).toBe('red');
  });
  it('is null without a target, with polarity neither, or a null or suppressed value', () => {
    expect(ragOf(90, false, null, 5, 'high')).toBeNull();
    expect(ragOf(90, false, 80, 5, 'neither')).toBeNull();
    expect(ragOf(null, false, 80, 5, 'high')).toBeNull();
    expect(ragOf(90, true, 80, 5, 'high')).toBeNull();
  });
});

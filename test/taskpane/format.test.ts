import { canSelect, formatCount, formatDuration, problemLocation } from '../../src/taskpane/format';
import { DATE_PROBLEM, MISSING_LIST_PROBLEM } from './fixtures';

describe('format', () => {
  test('counts use UK thousands separators', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
  });

  test('durations: tenths under 10 s, whole seconds under a minute, then minutes', () => {
    expect(formatDuration(800)).toBe('0.8 s');
    expect(formatDuration(9940)).toBe('9.9 s');
    expect(formatDuration(12400)).toBe('12 s');
    expect(formatDuration(65000)).toBe('1 min 05 s');
    expect(formatDuration(-5)).toBe('0.0 s');
  });

  test('problem location leaves out what it does not know', () => {
    expect(problemLocation(DATE_PROBLEM)).toBe('List 3 · row 17 · Date of Referral');
    expect(problemLocation(MISSING_LIST_PROBLEM)).toBe('List 8');
    expect(problemLocation({ ...MISSING_LIST_PROBLEM, list: null, sheet: 'Report Settings', row: 4 })).toBe('Report Settings · row 4');
    expect(problemLocation({ ...MISSING_LIST_PROBLEM, list: null })).toBe('Workbook');
  });

  test('only problems with a sheet and a row can be selected', () => {
    expect(canSelect(DATE_PROBLEM)).toBe(true);
    expect(canSelect(MISSING_LIST_PROBLEM)).toBe(false);
    expect(canSelect({ ...DATE_PROBLEM, row: null })).toBe(false);
  });
});

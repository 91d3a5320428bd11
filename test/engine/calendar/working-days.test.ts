import { workingDaysBetween } from '../../../src/engine/calendar/working-days';
import { defaultSettings } from '../../../src/engine/settings/defaults';
import { d } from '../fixtures';

const holidays = new Set(defaultSettings().bankHolidays);
const none = new Set<number>();

describe('workingDaysBetween', () => {
  it('is 0 on the same day and when the end is before the start', () => {
    expect(workingDaysBetween(d('2021-06-01'), d('2021-06-01'), holidays)).toBe(0);
    expect(workingDaysBetween(d('2021-06-02'), d('2021-06-01'), holidays)).toBe(0);
  });
  it('counts days after the start up to and including the end, weekdays only', () => {
    // Fri 4 Jun → Mon 7 Jun: Sat, Sun skipped, Mon counts
    expect(workingDaysBetween(d('2021-06-04'), d('2021-06-07'), none)).toBe(1);
    // Mon 7 Jun → Mon 14 Jun: Tue–Fri + Mon = 5
    expect(workingDaysBetween(d('2021-06-07'), d('2021-06-14'), none)).toBe(5);
    // Sat → Sun: 0
    expect(workingDaysBetween(d('2021-06-05'), d('2021-06-06'), none)).toBe(0);
  });
  it('skips Good Friday and Easter Monday 2021', () => {
    // Wed 31 Mar 2021 → Wed 7 Apr 2021: Thu 1, (Fri 2 GF), (Mon 5 EM), Tue 6, Wed 7 = 3
    expect(workingDaysBetween(d('2021-03-31'), d('2021-04-07'), holidays)).toBe(3);
    // 45 working days from 31 Mar 2021: April has 22 weekdays less 2 holidays = 20 (to Fri 30 Apr);
    // May: Mon 3 May is a bank holiday; 4–28 May less Spring holiday 31 May...
    // Through Fri 4 Jun: May weekdays 21 − 2 holidays (3rd, 31st) = 19; 1–4 Jun = 4 → 20 + 19 + 4 = 43
    expect(workingDaysBetween(d('2021-03-31'), d('2021-06-04'), holidays)).toBe(43);
    expect(workingDaysBetween(d('2021-03-31'), d('2021-06-08'), holidays)).toBe(45);
    expect(workingDaysBetween(d('2021-03-31'), d('2021-06-09'), holidays)).toBe(46);
  });
  it('skips the Christmas 2021 substitute days 27 and 28 December', () => {
    // Fri 24 Dec 2021 → Fri 31 Dec: Mon 27, Tue 28 holidays; Wed 29, Thu 30, Fri 31 = 3
    expect(workingDaysBetween(d('2021-12-24'), d('2021-12-31'), holidays)).toBe(3);
    // Without holidays: 5
    expect(workingDaysBetween(d('2021-12-24'), d('2021-12-31'), none)).toBe(5);
    // Across New Year (Mon 3 Jan 2022 substitute): 24 Dec → Tue 4 Jan = 3 + (Jan 4) = 4
    expect(workingDaysBetween(d('2021-12-24'), d('2022-01-04'), holidays)).toBe(4);
  });
  it('matches a day-by-day count over many ranges', () => {
    const list = [...holidays];
    const slow = (s: number, e: number): number => {
      let n = 0;
      for (let x = s + 1; x <= e; x++) {
        const wd = (((x + 4) % 7) + 7) % 7;
        if (wd !== 0 && wd !== 6 && !list.includes(x)) n++;
      }
      return n;
    };
    const start = d('2020-12-20');
    for (let s = start; s < start + 30; s += 3) for (let e = s; e < s + 130; e += 7) expect(workingDaysBetween(s, e, holidays)).toBe(slow(s, e));
  });
});

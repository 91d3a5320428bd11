import { birthsWithBirthdayIn, firstDayWithAnniversaryOnOrAfter, lastDayWithAnniversaryOnOrBefore } from '../../../../src/engine/indicators/common/anniversaries';
import { d } from '../../fixtures';

describe('anniversary thresholds', () => {
  it('last birth date whose 26th birthday is on or before 30/09/2021 is 30/09/1995', () => {
    expect(lastDayWithAnniversaryOnOrBefore(26, d('2021-09-30'))).toBe(d('1995-09-30'));
  });

  it('a 29/02 birth has its birthday on 28/02 in a year without one', () => {
    // 29/02/2000 turns 21 on 28/02/2021, so it is the last birth date with a 21st birthday by 28/02/2021.
    expect(lastDayWithAnniversaryOnOrBefore(21, d('2021-02-28'))).toBe(d('2000-02-29'));
    // ... and the first birth date with a 21st birthday on or after 28/02/2021 is 28/02/2000.
    expect(firstDayWithAnniversaryOnOrAfter(21, d('2021-02-28'))).toBe(d('2000-02-28'));
    expect(firstDayWithAnniversaryOnOrAfter(21, d('2021-03-01'))).toBe(d('2000-03-01'));
  });

  it('births with a 19th birthday in 2021/22 Q2 to date run 01/04/2002 to 30/09/2002', () => {
    expect(birthsWithBirthdayIn(19, d('2021-04-01'), d('2021-09-30'))).toEqual({ from: d('2002-04-01'), to: d('2002-09-30') });
  });
});

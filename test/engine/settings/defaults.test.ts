import { defaultSettings } from '../../../src/engine/settings/defaults';
import { dayFromYmd } from '../../../src/engine/dates';

describe('default settings (Worcestershire)', () => {
  const s = defaultSettings();
  it('has the ONS mid-2020 populations of inputs.md', () => {
    expect(s.population).toBe(119353);
    expect(s.districts).toEqual([
      { name: 'Bromsgrove', population: 20829 },
      { name: 'Malvern Hills', population: 14439 },
      { name: 'Redditch', population: 19108 },
      { name: 'Worcester', population: 20481 },
      { name: 'Wychavon', population: 25028 },
      { name: 'Wyre Forest', population: 19468 },
    ]);
  });
  it('loads the lookups and lists from the reference data', () => {
    expect(s.postcodes.size).toBe(17052);
    expect(s.postcodes.get('B14 5SL')).toBe('Bromsgrove');
    expect(s.postcodeSectors.size).toBe(115);
    expect(s.postcodeSectors.get('B14 5')).toBe('Birmingham');
    expect(s.bankHolidays).toHaveLength(131);
    expect(s.bankHolidays).toContain(dayFromYmd(2021, 12, 27));
    expect(s.benchmarks.find((b) => b.measure === 'cla_rate_per_10k' && b.area === 'England' && b.year === 2021)?.value).toBe(69);
  });
  it('uses threshold 10 and the 45/12/7 timescales', () => {
    expect([s.threshold, s.assessmentDays, s.rereferralMonths, s.contactWindowDays]).toEqual([10, 45, 12, 7]);
  });
});

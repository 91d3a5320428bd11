/** What every indicator is computed from. */
import type { ParsedLists } from '../lists';
import type { ReportPeriod } from '../period';
import type { Settings } from '../settings/types';
import type { DistrictResolver } from '../districts/resolve';

export interface IndicatorContext {
  parsed: ParsedLists;
  period: ReportPeriod;
  settings: Settings;
  resolver: DistrictResolver;
}

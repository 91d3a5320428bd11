/** What every indicator and district block is computed from. */
import type { ParsedLists } from '../lists';
import type { ReportPeriod } from '../period';
import type { Settings } from '../settings/types';
import type { DistrictResolver } from '../districts/resolve';
import { deriveData, type DerivedData } from '../derived/derived';

export interface IndicatorContext {
  parsed: ParsedLists;
  period: ReportPeriod;
  settings: Settings;
  resolver: DistrictResolver;
  /** Child timelines, month lookups and open-at snapshots, built once from parsed and period. */
  derived: DerivedData;
}

export function makeIndicatorContext(parsed: ParsedLists, period: ReportPeriod, settings: Settings, resolver: DistrictResolver): IndicatorContext {
  return { parsed, period, settings, resolver, derived: deriveData(parsed, period) };
}

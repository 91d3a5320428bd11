/**
 * Report settings (inputs.md "Settings"). Defaults are Worcestershire's (settings/defaults.ts);
 * a `Report Settings` sheet and command-line flags override them.
 */
import type { Day } from '../types';
import type { Polarity } from '../summary/types';

export interface DistrictSetting {
  name: string;
  /** Population aged 0–17, for rates per 10,000. */
  population: number;
}

/** One row of the benchmarks table (../shared/data/benchmarks.csv). `year` is the year ending 31 March. */
export interface BenchmarkRow {
  measure: string;
  area: string;
  year: number;
  value: number | null;
}

/**
 * One row of the Targets table (summary.md "Targets and RAG"): the target of an indicator's
 * headline measure, the amber tolerance in the headline's own unit (percentage points for
 * percentages), and a polarity that overrides the default (LAIT's) one.
 */
export interface TargetSetting {
  indicator: number;
  target: number | null;
  tolerance: number;
  polarity: Polarity | null;
}

export interface Settings {
  authority: string;
  /** The authority's region, the benchmark area of the `Region` series (e.g. "West Midlands"). */
  region: string;
  /** Benchmark area names of the `England` and `Statistical neighbours` series. */
  englandArea: string;
  statisticalNeighboursArea: string;
  /** First calendar year of the financial year (2021 = 2021/22); null = from the data (latest List 3 date, else today). */
  financialYear: number | null;
  /** 1–4; null = the last complete quarter of that year. */
  quarter: 1 | 2 | 3 | 4 | null;
  population: number;
  districts: DistrictSetting[];
  /** Counts 1..threshold-1 are suppressed; 0 turns suppression off. */
  threshold: number;
  suppressTables: boolean;
  assessmentDays: number;
  rereferralMonths: number;
  contactWindowDays: number;
  /** Protective marking printed in every report page's header and footer (outputs.md "Print"), e.g. `OFFICIAL`. */
  protectiveMarking: string;
  bankHolidays: Day[];
  benchmarks: BenchmarkRow[];
  /** Full postcode (normalised "WR1 2EY") → district name (may name another authority's district). */
  postcodes: Map<string, string>;
  /** Postcode sector ("WR1 2") → modal district name (may be outside the authority). */
  postcodeSectors: Map<string, string>;
  /** Allocated Team (case-insensitive, trimmed; keys stored lower case) → district name. */
  teamDistricts: Map<string, string>;
  /** Targets and polarity overrides by indicator (empty by default). */
  targets: TargetSetting[];
}

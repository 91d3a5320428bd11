/**
 * Worcestershire's default settings (inputs.md "Settings"), built from the reference data that
 * ships with the product (data/, embedded by scripts/embed-reference-data.js).
 */
import bankHolidaysCsv from '../../reference-data/bank-holidays';
import benchmarksCsv from '../../reference-data/benchmarks';
import populationCsv from '../../reference-data/population';
import postcodesCsv from '../../reference-data/postcodes';
import sectorsCsv from '../../reference-data/postcode-sectors';
import { dayFromYmd } from '../dates';
import type { BenchmarkRow, DistrictSetting, Settings } from './types';
import type { Day } from '../types';

/** The six Worcestershire districts in the seed report's order, with ONS mid-2020 0–17 populations. */
const DISTRICT_NAMES = ['Bromsgrove', 'Malvern Hills', 'Redditch', 'Worcester', 'Wychavon', 'Wyre Forest'];
const POPULATION_YEAR = 2020;

function csvRows(text: string): string[][] {
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','));
}

export function parseBankHolidays(text: string): Day[] {
  return csvRows(text).map(([iso]) => {
    const [y, m, d] = iso.split('-').map(Number);
    return dayFromYmd(y, m, d);
  });
}

export function parseBenchmarks(text: string): BenchmarkRow[] {
  return csvRows(text).map(([measure, area, year, value]) => ({
    measure,
    area,
    year: Number(year),
    value: value === '' || value === undefined ? null : Number(value),
  }));
}

function originalPopulation(area: string): number {
  const row = csvRows(populationCsv).find(
    (r) => r[1] === area && Number(r[2]) === POPULATION_YEAR && r[4] === 'original',
  );
  if (!row) throw new Error(`No mid-${POPULATION_YEAR} population for ${area} in the reference data`);
  return Number(row[3]);
}

function lookup(text: string, hasHeader: boolean, keyCol: number, valueCol: number): Map<string, string> {
  const lines = text.trim().split('\n');
  const map = new Map<string, string>();
  for (const line of hasHeader ? lines.slice(1) : lines) {
    const cols = line.split(',');
    map.set(cols[keyCol], cols[valueCol]);
  }
  return map;
}

/** A fresh copy of the default settings (callers may mutate it). */
export function defaultSettings(): Settings {
  const districts: DistrictSetting[] = DISTRICT_NAMES.map((name) => ({ name, population: originalPopulation(name) }));
  return {
    authority: 'Worcestershire',
    region: 'West Midlands',
    englandArea: 'England',
    statisticalNeighboursArea: 'SN mean (April 2021)',
    financialYear: null,
    quarter: null,
    population: originalPopulation('Worcestershire'),
    districts,
    threshold: 10,
    suppressTables: false,
    assessmentDays: 45,
    rereferralMonths: 12,
    contactWindowDays: 7,
    protectiveMarking: 'OFFICIAL',
    bankHolidays: parseBankHolidays(bankHolidaysCsv),
    benchmarks: parseBenchmarks(benchmarksCsv),
    // postcodes.ts holds "postcode,district" without a header; sectors keep the CSV header.
    postcodes: lookup(postcodesCsv, false, 0, 1),
    postcodeSectors: lookup(sectorsCsv, true, 0, 2),
    teamDistricts: new Map(),
    targets: [],
  };
}

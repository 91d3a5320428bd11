/**
 * The report period (indicators.md "Period and conventions"): financial year and quarter from the
 * settings, else from the latest List 3 referral date, else from today.
 */
import type { Day } from '../types';
import type { ParsedLists } from '../lists';
import type { ReportPeriod } from '../period';
import type { Settings } from '../settings/types';
import { dayFromYmd, ymdFromDay } from '../dates';
import { monthsFrom } from './months';

type Quarter = 1 | 2 | 3 | 4;

/** First calendar year of the financial year holding `d` (April–March). */
export function financialYearOf(d: Day): number {
  const { year, month } = ymdFromDay(d);
  return month >= 4 ? year : year - 1;
}

/** Last day of quarter q of financial year fyStartYear/fyStartYear+1. */
export function quarterEnd(fyStartYear: number, quarter: Quarter): Day {
  switch (quarter) {
    case 1: return dayFromYmd(fyStartYear, 6, 30);
    case 2: return dayFromYmd(fyStartYear, 9, 30);
    case 3: return dayFromYmd(fyStartYear, 12, 31);
    case 4: return dayFromYmd(fyStartYear + 1, 3, 31);
  }
}

/** Latest Date of Referral in List 3, or null when List 3 is absent or empty. */
export function latestReferralDate(parsed: ParsedLists): Day | null {
  const referrals = parsed.lists[3];
  if (!referrals || referrals.length === 0) return null;
  let latest = referrals[0].date;
  for (let i = 1; i < referrals.length; i++) if (referrals[i].date > latest) latest = referrals[i].date;
  return latest;
}

/**
 * The last quarter of the year whose end is on or before `reference` (data up to and including a
 * quarter's last day make it complete); Q1 when none is complete yet.
 */
export function lastCompleteQuarter(fyStartYear: number, reference: Day): Quarter {
  const quarters: Quarter[] = [4, 3, 2, 1];
  for (const q of quarters) if (quarterEnd(fyStartYear, q) <= reference) return q;
  return 1;
}

export function makePeriod(fyStartYear: number, quarter: Quarter): ReportPeriod {
  const yearLabel = `${fyStartYear}/${String((fyStartYear + 1) % 100).padStart(2, '0')}`;
  return {
    fyStartYear,
    quarter,
    start: dayFromYmd(fyStartYear, 4, 1),
    end: quarterEnd(fyStartYear, quarter),
    previousQuarterEnd: quarter === 1 ? dayFromYmd(fyStartYear, 3, 31) : quarterEnd(fyStartYear, (quarter - 1) as Quarter),
    months: monthsFrom(fyStartYear, 4, quarter * 3),
    financialYearLabel: yearLabel,
    label: `${yearLabel} Q${quarter}`,
  };
}

export function resolvePeriod(settings: Settings, parsed: ParsedLists, today: Day): ReportPeriod {
  const { financialYear, quarter } = settings;
  if (financialYear !== null && quarter !== null) return makePeriod(financialYear, quarter);
  // Only a year or quarter left open needs the scan of List 3 (a full pass over its rows).
  const reference = latestReferralDate(parsed) ?? today;
  const fyStartYear = financialYear ?? financialYearOf(reference);
  return makePeriod(fyStartYear, quarter ?? lastCompleteQuarter(fyStartYear, reference));
}

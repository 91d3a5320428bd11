/**
 * The key/value block of the `Report Settings` sheet: one row per scalar setting, in this order.
 * Each entry knows its label, how to write the setting and how to read it back; `expected`
 * words the problem message when a cell holds something else.
 */
import type { CellValue } from '../types';
import type { Settings } from './types';
import {
  cellText,
  financialYearLabel,
  invalid,
  readFinancialYear,
  readPositiveNumber,
  readQuarter,
  readWholeNumber,
  readYesNo,
  type Read,
} from './cell-readers';

export interface KeySetting {
  label: string;
  note: string;
  expected: string;
  write(settings: Settings): CellValue;
  /** Sets the value on `settings`; false when the cell does not hold what is expected. */
  read(value: CellValue, settings: Settings): boolean;
  /** The current value as the problem message shows it ("kept 10"). */
  show(settings: Settings): string;
}

function textSetting(label: string, note: string, key: 'authority' | 'region' | 'englandArea' | 'statisticalNeighboursArea' | 'protectiveMarking'): KeySetting {
  return {
    label,
    note,
    expected: 'a name',
    write: (s) => s[key],
    read: (value, s) => {
      s[key] = cellText(value);
      return true;
    },
    show: (s) => s[key],
  };
}

function numberSetting(
  label: string,
  note: string,
  expected: string,
  key: 'population' | 'threshold' | 'assessmentDays' | 'rereferralMonths' | 'contactWindowDays',
  reader: (value: CellValue) => Read<number>,
): KeySetting {
  return {
    label,
    note,
    expected,
    write: (s) => s[key],
    read: (value, s) => assign(reader(value), (n) => (s[key] = n)),
    show: (s) => String(s[key]),
  };
}

function assign<T>(value: Read<T>, set: (v: T) => void): boolean {
  if (value === invalid) return false;
  set(value);
  return true;
}

export const KEY_SETTINGS: readonly KeySetting[] = [
  textSetting('Local authority name', 'Shown in report titles', 'authority'),
  textSetting('Region (benchmark area)', 'Area name of the Region benchmark series', 'region'),
  textSetting('England (benchmark area)', 'Area name of the England benchmark series', 'englandArea'),
  textSetting('Statistical neighbours (benchmark area)', 'Area name of the Statistical neighbours series', 'statisticalNeighboursArea'),
  {
    label: 'Financial year',
    note: 'e.g. 2021/22; blank = the year of the latest referral',
    expected: 'a financial year such as 2021/22, or blank',
    write: (s) => (s.financialYear === null ? null : financialYearLabel(s.financialYear)),
    read: (value, s) => assign(readFinancialYear(value), (y) => (s.financialYear = y)),
    show: (s) => (s.financialYear === null ? 'from the data' : financialYearLabel(s.financialYear)),
  },
  {
    label: 'Quarter',
    note: '1-4; blank = the last complete quarter',
    expected: 'a quarter 1, 2, 3 or 4, or blank',
    write: (s) => s.quarter,
    read: (value, s) => assign(readQuarter(value), (q) => (s.quarter = q)),
    show: (s) => (s.quarter === null ? 'the last complete quarter' : String(s.quarter)),
  },
  numberSetting('Population aged 0-17', 'Authority population, for rates per 10,000', 'a population greater than 0', 'population', readPositiveNumber),
  numberSetting('Suppression threshold', 'Counts 1 to threshold-1 are suppressed; 0 = no suppression', 'a whole number 0 or more', 'threshold', (v) => readWholeNumber(v, 0)),
  {
    label: 'Suppress tables as well as charts',
    note: 'Yes or No',
    expected: 'Yes or No',
    write: (s) => (s.suppressTables ? 'Yes' : 'No'),
    read: (value, s) => assign(readYesNo(value), (b) => (s.suppressTables = b)),
    show: (s) => (s.suppressTables ? 'Yes' : 'No'),
  },
  numberSetting('Assessment timescale (working days)', 'Indicator 8', 'a whole number of working days, 1 or more', 'assessmentDays', (v) => readWholeNumber(v, 1)),
  numberSetting('Re-referral look-back (months)', 'Indicator 6', 'a whole number of months, 1 or more', 'rereferralMonths', (v) => readWholeNumber(v, 1)),
  numberSetting('Contact to referral window (days)', 'Indicator 2 without a Contact Outcome column', 'a whole number of days, 0 or more', 'contactWindowDays', (v) => readWholeNumber(v, 0)),
  textSetting('Protective marking', 'Printed in the header and footer of every report page, e.g. OFFICIAL or OFFICIAL-SENSITIVE', 'protectiveMarking'),
];

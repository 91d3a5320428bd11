/**
 * How the fake Excel stores a string written through `range.values`: like Excel, which parses it
 * as if typed, unless the cell is formatted as text (`@`). Modelled on an English (United Kingdom)
 * locale, day-first — the locale of the product's users. What is modelled (docs/fake-excel.md):
 * - text starting `=`, `+`, `-` or `@` is a formula;
 * - `TRUE`/`FALSE` become booleans;
 * - number-like text becomes the number (`00123` → 123, `1,234` → 1234, `1e3` → 1000);
 * - a percentage becomes the fraction and the cell format `0%` (`12%` → 0.12);
 * - a mixed fraction becomes the number and the format `# ?/?` (`1 1/2` → 1.5);
 * - date-like text becomes a date serial with a date format: `30/06/2021`, `30-06-2021`,
 *   `2021-06-30`, `30 Jun 2021`, `Apr 2021`, `Apr-21`, `6/2021`, and a day and month without a
 *   year (`1/2`, `1-5`: the 1st of February / May of the current year, as Excel does);
 * - anything else stays text.
 * No Node-only imports: the fake is bundled for the browser end-to-end test.
 */
import type { FakeScalar } from './fake-state';

export interface Coerced {
  value: FakeScalar;
  formula: boolean;
  /** The number format Excel gives a General cell for what it parsed (a date, a percentage), if any. */
  numberFormat?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/** Excel's date serial of a calendar day (1900 system), or null when the day does not exist. */
export function excelDateSerial(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round((time - EPOCH_1899_12_30) / MS_PER_DAY);
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1–12 for a month name Excel recognises ("Apr", "April", "Sept"), else 0. */
function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  if (lower === 'sept') return 9;
  const short = MONTHS.indexOf(lower);
  return short >= 0 ? short + 1 : FULL_MONTHS.indexOf(lower) + 1;
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function date(year: number, month: number, day: number, numberFormat: string): Coerced | null {
  const serial = excelDateSerial(year, month, day);
  return serial === null ? null : { value: serial, formula: false, numberFormat };
}

function parseDate(text: string, currentYear: number): Coerced | null {
  let m = /^(\d{1,2})([/-])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (m) return date(fullYear(m[4]), Number(m[3]), Number(m[1]), 'dd/mm/yyyy');
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return date(Number(m[1]), Number(m[2]), Number(m[3]), 'dd/mm/yyyy');
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{2}|\d{4})$/.exec(text);
  if (m && monthIndex(m[2]) > 0) return date(fullYear(m[3]), monthIndex(m[2]), Number(m[1]), 'dd-mmm-yy');
  m = /^([A-Za-z]{3,9})[\s-](\d{2}|\d{4})$/.exec(text);
  if (m && monthIndex(m[1]) > 0) return date(fullYear(m[2]), monthIndex(m[1]), 1, 'mmm-yy');
  m = /^(\d{1,2})[/-](\d{4})$/.exec(text);
  if (m) return date(Number(m[2]), Number(m[1]), 1, 'mmm-yy');
  m = /^(\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (m) return date(currentYear, Number(m[2]), Number(m[1]), 'dd-mmm');
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})$/.exec(text);
  if (m && monthIndex(m[2]) > 0) return date(currentYear, monthIndex(m[2]), Number(m[1]), 'dd-mmm');
  return null;
}

const NUMBER = /^[+-]?(\d+|\d{1,3}(,\d{3})+)(\.\d*)?([eE][+-]?\d+)?$|^[+-]?\.\d+([eE][+-]?\d+)?$/;

function parseNumber(text: string): number | null {
  return NUMBER.test(text) ? Number(text.replace(/,/g, '')) : null;
}

/**
 * The value Excel stores for `input` written into a cell of `cellFormat`. Non-strings are stored
 * as given; a string in a `@` cell stays exactly that string.
 */
export function coerceInput(input: FakeScalar, cellFormat: string, currentYear = new Date().getUTCFullYear()): Coerced {
  if (typeof input !== 'string' || input === '') return { value: input, formula: false };
  if (cellFormat === '@') return { value: input, formula: false };
  if (/^[=+\-@]/.test(input)) return { value: input, formula: true };
  const text = input.trim();
  if (/^true$/i.test(text)) return { value: true, formula: false };
  if (/^false$/i.test(text)) return { value: false, formula: false };
  const number = parseNumber(text);
  if (number !== null) return { value: number, formula: false };
  const percent = /^(.+)%$/.exec(text);
  if (percent) {
    const n = parseNumber(percent[1].trim());
    if (n !== null) return { value: n / 100, formula: false, numberFormat: percent[1].includes('.') ? '0.00%' : '0%' };
  }
  const fraction = /^(\d+) (\d+)\/(\d+)$/.exec(text);
  if (fraction && Number(fraction[3]) > 0) {
    return { value: Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]), formula: false, numberFormat: '# ?/?' };
  }
  return parseDate(text, currentYear) ?? { value: input, formula: false };
}

/**
 * Text helpers: every text cell the model writes goes through `safeText`, and every label shown
 * for a category, a date or a sheet name is made here, once.
 */

/**
 * True when Excel (or a CSV importer) would read the text as a formula: it starts with =, +, - or @.
 * The one definition of that rule: the model makes such text safe below, and both renderers use
 * it again as their own guarantee for any text handed to them.
 */
export function startsLikeFormula(text: string): boolean {
  const lead = text.charCodeAt(0);
  return lead === 61 || lead === 43 || lead === 45 || lead === 64; // = + - @
}

/**
 * Makes text safe to write as a cell value: a leading =, +, - or @ is prefixed with one space.
 * Why a space and not Excel's apostrophe: the apostrophe is a typing convention of Excel's UI;
 * through the file format (xlsxwriter) it would show literally, through Office.js it is eaten,
 * so the two renderers would differ. A leading space reads the same everywhere and is never a formula.
 */
export function safeText(text: string): string {
  return startsLikeFormula(text) ? ` ${text}` : text;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-04" → "Apr 2021"; "2021-06-30" → "30/06/2021"; any other label unchanged. */
export function categoryLabel(category: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(category);
  if (month) return `${MONTH_NAMES[Number(month[2]) - 1]} ${month[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(category)) return ukDate(category);
  return category;
}

/** ISO "YYYY-MM-DD" → "DD/MM/YYYY". */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "dd/mm/yyyy hh:mm" in the local time of the machine that builds (the analyst's clock). */
export function ukDateTime(date: Date): string {
  return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

const SHEET_NAME_MAX = 31;
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/**
 * A sheet name Excel accepts: forbidden characters []:*?/\ become spaces, runs of spaces collapse,
 * no leading/trailing apostrophe or space, at most 31 characters, never empty.
 */
export function sanitiseSheetName(name: string): string {
  const cleaned = name
    .replace(SHEET_NAME_FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '');
  const cut = cleaned.slice(0, SHEET_NAME_MAX).replace(/[\s']+$/, '');
  return cut === '' ? 'Sheet' : cut;
}

/**
 * Sanitised names made unique (case-insensitively, as Excel compares) against each other and the
 * reserved names, by adding " (2)", " (3)" … within the 31-character limit.
 */
export function uniqueSheetNames(names: readonly string[], reserved: readonly string[]): string[] {
  const taken = new Set(reserved.map((r) => r.toLowerCase()));
  return names.map((raw) => {
    const base = sanitiseSheetName(raw);
    let candidate = base;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, SHEET_NAME_MAX - suffix.length).replace(/[\s']+$/, '') + suffix;
    }
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** Display text for the summary and problems list. Pure; no child-level values pass through here. */
import type { Problem } from '../engine/types';

const NUMBER = new Intl.NumberFormat('en-GB');

export function formatCount(n: number): string {
  return NUMBER.format(n);
}

/** "0.8 s", "12 s", "1 min 05 s": the analyst wants a feel for it, not milliseconds. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** "List 3 · row 17 · Date of Referral", leaving out what the problem does not know. */
export function problemLocation(problem: Problem): string {
  const parts: string[] = [];
  if (problem.list !== null) parts.push(`List ${problem.list}`);
  else if (problem.sheet) parts.push(problem.sheet);
  if (problem.row !== null) parts.push(`row ${problem.row}`);
  if (problem.column) parts.push(problem.column);
  return parts.length > 0 ? parts.join(' · ') : 'Workbook';
}

/** A problem can be selected when it names a sheet and a row. */
export function canSelect(problem: Problem): boolean {
  return problem.sheet !== null && problem.sheet !== '' && problem.row !== null;
}

/** "2021-09-30" → "30/09/2021" (list date ranges; event dates, never a date of birth). */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** "01/04/2020 – 30/09/2021", "–" when the list has no event dates. */
export function formatDateRange(earliest: string | null, latest: string | null): string {
  if (earliest === null || latest === null) return '–';
  return `${formatIsoDate(earliest)} – ${formatIsoDate(latest)}`;
}

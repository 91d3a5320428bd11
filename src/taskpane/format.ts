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

/**
 * The two "Making Data Count" icons of summary.md: variation (what the last point shows) and
 * assurance (whether the process will meet the target).
 */
import type { XmrLimits } from './spc-limits';
import type { Assurance, Polarity, SignalDirection, SpcSignal, Variation } from './types';

/** Limits and targets are compared allowing for binary rounding (a target "on" a limit is on it). */
const EPSILON = 1e-9;

/**
 * Variation of the last point: `common` when no rule marks it; else by polarity a `high` mark is
 * improvement (high polarity) or concern (low polarity), or just `high` (neither). With marks of
 * both directions on the last point, improvement (or high) wins.
 */
export function variationOf(signals: readonly SpcSignal[], lastIndex: number, polarity: Polarity): Variation {
  const marks = signals.filter((s) => s.index === lastIndex).map((s) => s.direction);
  if (marks.length === 0) return 'common';
  const good: SignalDirection = polarity === 'low' ? 'low' : 'high';
  if (polarity === 'neither') return marks.includes('high') ? 'high' : 'low';
  return marks.includes(good) ? 'improvement' : 'concern';
}

/**
 * Assurance: with polarity high, a target at or below the lower limit is `pass` (every point
 * expected to meet it), at or above the upper limit `fail`, else `hit-and-miss`; polarity low
 * mirrors it. Null without a target, with polarity neither, or without limits.
 */
export function assuranceOf(target: number | null, polarity: Polarity, limits: XmrLimits | null): Assurance | null {
  if (target === null || polarity === 'neither' || limits === null) return null;
  const atOrBelowLower = target <= limits.lower + EPSILON;
  const atOrAboveUpper = target >= limits.upper - EPSILON;
  if (polarity === 'high') return atOrBelowLower ? 'pass' : atOrAboveUpper ? 'fail' : 'hit-and-miss';
  return atOrAboveUpper ? 'pass' : atOrBelowLower ? 'fail' : 'hit-and-miss';
}

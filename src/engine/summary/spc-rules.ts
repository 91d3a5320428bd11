/**
 * The four SPC rules of summary.md, each marking points with a direction (`high` above the mean
 * or rising, `low` below or falling). Nulls (months without a value) are skipped: the rules run
 * over the points that have values, and marks carry the index in the full series.
 */
import type { XmrLimits } from './spc-limits';
import type { SignalDirection, SpcRule, SpcSignal } from './types';

/** Runs of this many points make a shift or a trend. */
export const RUN_LENGTH = 7;
/**
 * Comparisons with the mean and the limits allow for binary rounding: a point "on the mean"
 * (or on a limit) must count as on it even when the mean came out as 20.000000000000004.
 */
const EPSILON = 1e-9;

interface Point {
  index: number;
  value: number;
}

function side(value: number, mean: number): SignalDirection | null {
  if (value > mean + EPSILON) return 'high';
  if (value < mean - EPSILON) return 'low';
  return null;
}

/** Rule 1: a point above the upper or below the lower limit. */
export function outsideMarks(points: readonly Point[], limits: XmrLimits): SpcSignal[] {
  const marks: SpcSignal[] = [];
  for (const p of points) {
    if (p.value > limits.upper + EPSILON) marks.push({ index: p.index, rule: 'outside', direction: 'high' });
    else if (p.value < limits.lower - EPSILON) marks.push({ index: p.index, rule: 'outside', direction: 'low' });
  }
  return marks;
}

/** Marks every point of each run (consecutive points with the same key) at least RUN_LENGTH long. */
function runMarks(points: readonly Point[], keyOf: (i: number) => SignalDirection | null, rule: SpcRule, startOffset: number): SpcSignal[] {
  const marks: SpcSignal[] = [];
  let start = 0;
  for (let i = 0; i <= points.length; i++) {
    const key = i < points.length ? keyOf(i) : null;
    const runKey = start < points.length ? keyOf(start) : null;
    if (i < points.length && key !== null && key === runKey) continue;
    // The run [start, i) had one key; a trend run also includes the point before its first step.
    const first = Math.max(0, start - startOffset);
    if (runKey !== null && i - first >= RUN_LENGTH) {
      for (let j = first; j < i; j++) marks.push({ index: points[j].index, rule, direction: runKey });
    }
    start = i;
  }
  return marks;
}

/** Rule 2: every point of a run of 7+ consecutive points all strictly above (or below) the mean; a point on the mean breaks it. */
export function shiftMarks(points: readonly Point[], limits: XmrLimits): SpcSignal[] {
  return runMarks(points, (i) => side(points[i].value, limits.mean), 'shift', 0);
}

/**
 * Rule 3: every point of a run of 7+ consecutive points each strictly higher (or lower) than the
 * one before; an equal value breaks it. Step i is the change from point i−1 to point i, so a run
 * of 6 rising steps is 7 points (the one before the first step included).
 */
export function trendMarks(points: readonly Point[]): SpcSignal[] {
  const step = (i: number): SignalDirection | null => {
    if (i === 0) return null;
    const change = points[i].value - points[i - 1].value;
    if (change > EPSILON) return 'high';
    if (change < -EPSILON) return 'low';
    return null;
  };
  return runMarks(points, step, 'trend', 1);
}

/**
 * Rule 4: in any 3 consecutive points all on the same side of the mean, when at least 2 are
 * beyond two sigma on that side, those beyond two sigma (a point beyond the limit counts too).
 */
export function twoOfThreeMarks(points: readonly Point[], limits: XmrLimits): SpcSignal[] {
  const marks: SpcSignal[] = [];
  const beyond = (p: Point, dir: SignalDirection) =>
    dir === 'high' ? p.value > limits.upperTwoSigma + EPSILON : p.value < limits.lowerTwoSigma - EPSILON;
  for (let i = 0; i + 2 < points.length; i++) {
    const window = points.slice(i, i + 3);
    const dir = side(window[0].value, limits.mean);
    if (dir === null || !window.every((p) => side(p.value, limits.mean) === dir)) continue;
    const far = window.filter((p) => beyond(p, dir));
    if (far.length >= 2) for (const p of far) marks.push({ index: p.index, rule: 'two-of-three', direction: dir });
  }
  return marks;
}

const RULE_ORDER: readonly SpcRule[] = ['outside', 'shift', 'trend', 'two-of-three'];

/** Every mark of the four rules, once each, by point then rule. */
export function spcSignals(values: readonly (number | null)[], limits: XmrLimits): SpcSignal[] {
  const points: Point[] = [];
  values.forEach((value, index) => {
    if (value !== null) points.push({ index, value });
  });
  const all = [...outsideMarks(points, limits), ...shiftMarks(points, limits), ...trendMarks(points), ...twoOfThreeMarks(points, limits)];
  const seen = new Set<string>();
  const unique = all.filter((m) => {
    const key = `${m.index}|${m.rule}|${m.direction}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => a.index - b.index || RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) || (a.direction === 'high' ? -1 : 1));
}

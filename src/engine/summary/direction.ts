/** Direction of change and its judgement by polarity (summary.md "Direction"). */
import type { Direction, Judgement, Polarity } from './types';

/** Values are compared as shown: counts whole, percentages and rates to 1 decimal place. */
export function tenths(x: number): number {
  return Math.round(x * 10);
}

/** up, down or same (equal as rounded); null when either value is missing or suppressed. */
export function directionOf(value: number | null, valueHidden: boolean, previous: number | null, previousHidden: boolean): Direction | null {
  if (value === null || previous === null || valueHidden || previousHidden) return null;
  const change = tenths(value) - tenths(previous);
  return change > 0 ? 'up' : change < 0 ? 'down' : 'same';
}

/** With polarity high, up is better and down worse; low mirrors it; neither is neutral; same is same. */
export function judgementOf(direction: Direction | null, polarity: Polarity): Judgement | null {
  if (direction === null) return null;
  if (direction === 'same') return 'same';
  if (polarity === 'neither') return 'neutral';
  const better = polarity === 'high' ? 'up' : 'down';
  return direction === better ? 'better' : 'worse';
}

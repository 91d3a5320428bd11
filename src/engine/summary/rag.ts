/** RAG against a target (summary.md "Targets and RAG"). */
import type { Polarity, Rag } from './types';

/** Targets and tolerances are typed by people: compare to a millionth, so 85 − 80 = 5 is "within 5". */
const EPSILON = 1e-6;

/**
 * green when the target is met (≥ for polarity high, ≤ for low); amber when missed by no more
 * than the tolerance; red otherwise. Null without a target, with polarity neither, or when the
 * value is missing or suppressed.
 */
export function ragOf(value: number | null, suppressed: boolean, target: number | null, tolerance: number, polarity: Polarity): Rag | null {
  if (value === null || suppressed || target === null || polarity === 'neither') return null;
  const shortfall = polarity === 'high' ? target - value : value - target;
  if (shortfall <= EPSILON) return 'green';
  return shortfall <= tolerance + EPSILON ? 'amber' : 'red';
}

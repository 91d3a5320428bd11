/** A breakdown table: a count per group and its percentage of the total of the groups. */
import type { IndicatorResult } from '../../results';
import { availableResult, type IndicatorHead } from './result';
import { countSeries, percentSeries } from './series';
import { sum } from './groups';

export function breakdownResult(head: IndicatorHead, labels: string[], counts: number[], countName: string, warnings: string[] = []): IndicatorResult {
  const total = sum(counts);
  return availableResult(
    head,
    labels,
    [countSeries(countName, counts), percentSeries('Percent', counts, counts.map(() => total), countName)],
    warnings,
  );
}

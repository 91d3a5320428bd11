/** All 23 indicators, in order: each definition of the registry run by the executor. */
import type { IndicatorResult } from '../results';
import type { IndicatorContext } from './context';
import { DEFINITIONS, INDICATOR_IDS } from './definitions/registry';
import type { IndicatorId } from './definitions/types';
import { computeIndicator } from './execute';

export function computeIndicators(ctx: IndicatorContext): IndicatorResult[] {
  return INDICATOR_IDS.map((id) => computeIndicator(DEFINITIONS[id], ctx));
}

/** One indicator by its number. */
export function indicator(id: IndicatorId, ctx: IndicatorContext): IndicatorResult {
  return computeIndicator(DEFINITIONS[id], ctx);
}

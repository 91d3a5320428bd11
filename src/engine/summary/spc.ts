/** One series' control chart: limits, signals and icons from its points (pure, no engine context). */
import { MIN_POINTS, round2, xmrLimits } from './spc-limits';
import { spcSignals } from './spc-rules';
import { assuranceOf, variationOf } from './spc-icons';
import type { Polarity, SpcResult } from './types';

export interface SpcInput {
  series: string;
  categories: string[];
  values: (number | null)[];
  suppressed: boolean[];
  polarity: Polarity;
  target: number | null;
}

export function controlChart(input: SpcInput): SpcResult {
  const { series, categories, values, suppressed, polarity, target } = input;
  const limits = xmrLimits(values);
  const base = { series, categories: [...categories], values: [...values], suppressed: [...suppressed] };
  if (limits === null) {
    return { ...base, enough: false, mean: null, upper: null, lower: null, signals: [], variation: null, assurance: null };
  }
  const signals = spcSignals(values, limits);
  return {
    ...base,
    enough: values.filter((v) => v !== null).length >= MIN_POINTS,
    mean: round2(limits.mean),
    upper: round2(limits.upper),
    lower: round2(limits.lower),
    signals,
    variation: values[values.length - 1] === null ? null : variationOf(signals, values.length - 1, polarity),
    assurance: assuranceOf(target, polarity, limits),
  };
}

/**
 * The manager's summary of a build: for each indicator its headline row, and for the seven
 * monthly series their control charts. Reads only the indicators' (suppressed) results, the
 * settings' Targets table and the commentary; evaluates the seven series over their longer run
 * of months through spc-points.ts.
 */
import type { IndicatorResult, Results } from '../results';
import type { IndicatorContext } from '../indicators/context';
import type { Settings, TargetSetting } from '../settings/types';
import { HEADLINE_MEASURES, type HeadlineMeasure } from './measures';
import { headlineBenchmarks, headlineValue, type PeriodInfo } from './headline-value';
import { directionOf, judgementOf } from './direction';
import { ragOf } from './rag';
import { controlChart } from './spc';
import { spcPoints, type SpcPoints } from './spc-points';
import { headlineSentence } from './headline';
import type { Commentary } from './commentary';
import type { Polarity, SpcResult, SummaryRow } from './types';
import { DEFAULT_TOLERANCE } from '../settings/settings-tables';

/** #8's measure names the configured timescale, as its title does. */
function measureFor(m: HeadlineMeasure, settings: Settings): HeadlineMeasure {
  if (m.id !== 8 || settings.assessmentDays === 45) return m;
  const days = `${settings.assessmentDays} working days`;
  return { ...m, measure: m.measure.replace('45 working days', days), subject: m.subject.replace('45 working days', days) };
}

function targetOf(settings: Settings, id: number): TargetSetting | undefined {
  return (settings.targets ?? []).find((t) => t.indicator === id);
}

export interface SummaryInputs {
  /** Results with suppression flags set. */
  results: Results;
  ctx: IndicatorContext;
  commentary: Commentary;
  /** Precomputed points (tests); by default evaluated from the context. */
  points?: Map<number, SpcPoints>;
}

export interface SummaryOutput {
  summary: SummaryRow[];
  spc: Map<number, SpcResult>;
}

export function buildSummary(inputs: SummaryInputs): SummaryOutput {
  const { results, ctx, commentary } = inputs;
  const settings = ctx.settings;
  const threshold = results.threshold;
  const byId = new Map<number, IndicatorResult>(results.indicators.map((ind) => [ind.id, ind]));
  const points = inputs.points ?? spcPoints(ctx);
  const previousQuarterEnd = results.period.previousQuarterEnd.slice(0, 7);
  const period: PeriodInfo = { financialYear: results.period.financialYear, previousQuarterEndMonth: previousQuarterEnd };
  const periodLabel = `${results.period.financialYear} Q${results.period.quarter}`;
  const spc = new Map<number, SpcResult>();
  const summary = HEADLINE_MEASURES.map((base): SummaryRow => {
    const measure = measureFor(base, settings);
    const ind = byId.get(measure.id);
    const target = targetOf(settings, measure.id);
    const polarity: Polarity = target?.polarity ?? measure.polarity;
    const targetValue = target?.target ?? null;
    const tolerance = targetValue === null ? null : (target?.tolerance ?? DEFAULT_TOLERANCE);
    const v = headlineValue(ind, measure, period, threshold);
    const direction = directionOf(v.value, v.suppressed, v.previous, v.previousSuppressed);
    const benchmarks = headlineBenchmarks(ind);
    const own = points.get(measure.id);
    const chart = own && ind?.available ? controlChart({ ...own, polarity, target: targetValue }) : null;
    if (chart) spc.set(measure.id, chart);
    const headline = headlineSentence({
      ...v,
      measure,
      england: benchmarks.england,
      polarity,
      spc: chart,
      threshold,
      periodLabel,
    });
    return {
      id: measure.id,
      measure: measure.measure,
      // Key order of the JSON row: HeadlineValue's fields follow id and measure.
      ...v,
      direction,
      polarity,
      judgement: judgementOf(direction, polarity),
      ...benchmarks,
      target: targetValue,
      tolerance,
      rag: ragOf(v.value, v.suppressed, targetValue, tolerance ?? DEFAULT_TOLERANCE, polarity),
      variation: chart?.variation ?? null,
      assurance: chart?.assurance ?? null,
      headline,
      commentary: commentary.byIndicator.get(measure.id) ?? null,
    };
  });
  return { summary, spc };
}

/**
 * The headline sentence of each indicator (summary.md "Headline sentence"), by rules you can read
 * here and nowhere else. DfE style for statistical commentary: one sentence, 30 words or fewer,
 * figures rounded as the table shows them with thousands separators and the % sign, changes in
 * percentages as "percentage points". It states the value; the change on the previous value when
 * there is one; the England figure when there is one; for the seven control-chart series, whether
 * the latest month is within its usual range or what the signal is. It never says "significant",
 * never judges ("only", "strong", "worrying"), and never writes a suppressed number: it says
 * "fewer than T".
 *
 *   [subject] [was/were] [value][, up/down X on LABEL | , the same as LABEL][ and above/below/level with England (E)][; SPC clause].
 */
import type { HeadlineMeasure } from './measures';
import type { HeadlineValue } from './types';
import { SPC_SUBJECTS } from './measures';
import { changeSize, figure } from './figures';
import { tenths } from './direction';
import type { Polarity, SignalDirection, SpcResult, SpcRule, SpcSignal, Variation } from './types';

export const MAX_WORDS = 30;

export interface HeadlineFacts extends HeadlineValue {
  measure: HeadlineMeasure;
  england: number | null;
  /** The polarity in force (the default or the Targets table's override). */
  polarity: Polarity;
  spc: SpcResult | null;
  threshold: number;
  /** "2021/22 Q2", for a sentence without a figure. */
  periodLabel: string;
}

export function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => w !== '').length;
}

/** "on June 2021" / "on the same period of 2020/21". */
function onLabel(label: string): string {
  return label.startsWith('same period') ? `the ${label}` : label;
}

function valuePart(f: HeadlineFacts): string {
  const { subject, verb } = f.measure;
  if (f.suppressed) {
    // A suppressed count is 1..T−1; a suppressed percentage or rate rests on such a count (or a base below T).
    return f.unit === 'count'
      ? `${subject} ${verb} fewer than ${f.threshold}`
      : `${subject} ${verb} not shown, as the numbers are fewer than ${f.threshold}`;
  }
  return `${subject} ${verb} ${figure(f.value as number, f.unit)}`;
}

function changePart(f: HeadlineFacts): string | null {
  if (f.value === null || f.suppressed || f.previous === null || f.previousSuppressed || f.previousLabel === null) return null;
  const difference = (tenths(f.value) - tenths(f.previous)) / 10;
  const label = onLabel(f.previousLabel);
  if (difference === 0) return `the same as ${label}`;
  return `${difference > 0 ? 'up' : 'down'} ${changeSize(difference, f.unit)} on ${label}`;
}

function englandPart(f: HeadlineFacts): string | null {
  if (f.england === null || f.value === null || f.suppressed) return null;
  const gap = tenths(f.value) - tenths(f.england);
  const where = gap > 0 ? 'above' : gap < 0 ? 'below' : 'level with';
  return `${where} England (${figure(f.england, f.unit)})`;
}

const SIGNAL_PRIORITY: readonly SpcRule[] = ['outside', 'two-of-three', 'trend', 'shift'];

/** Length of the rising (or falling) run that ends at the last point, in months. */
function trendLength(spc: SpcResult, direction: SignalDirection): number {
  const last = spc.values.length - 1;
  const marked = new Set(spc.signals.filter((s) => s.rule === 'trend' && s.direction === direction).map((s) => s.index));
  let n = 0;
  for (let i = last; i >= 0 && marked.has(i); i--) if (spc.values[i] !== null) n += 1;
  return n;
}

/** The direction of the marks that decided the variation icon. */
function signalDirection(variation: Exclude<Variation, 'common'>, polarity: Polarity): SignalDirection {
  if (variation === 'high' || variation === 'low') return variation;
  const good: SignalDirection = polarity === 'low' ? 'low' : 'high';
  return variation === 'improvement' ? good : good === 'high' ? 'low' : 'high';
}

/** What the latest month shows, in words: within its usual range, or the strongest signal on it. */
export function spcClause(spc: SpcResult, id: number, polarity: Polarity): string | null {
  if (!spc.enough || spc.variation === null) return null;
  const subject = SPC_SUBJECTS[id] ?? 'the monthly figure';
  if (spc.variation === 'common') return `${subject} was within its usual range`;
  const last = spc.values.length - 1;
  const onLast = spc.signals.filter((s) => s.index === last);
  const direction = signalDirection(spc.variation, polarity);
  const pick = SIGNAL_PRIORITY.map((rule) => onLast.find((s: SpcSignal) => s.rule === rule && s.direction === direction)).find((s) => s !== undefined) as SpcSignal;
  const rising = direction === 'high';
  switch (pick.rule) {
    case 'outside':
    case 'two-of-three':
      return `${subject} showed an unusual ${rising ? 'rise' : 'fall'}`;
    case 'trend':
      return `${subject} showed a steady ${rising ? 'rise' : 'fall'} over ${trendLength(spc, direction)} months`;
    case 'shift':
      return `${subject} showed a sustained run ${rising ? 'above' : 'below'} the average`;
  }
}

function compose(value: string, change: string | null, england: string | null, spc: string | null): string {
  let sentence = value;
  if (change && england) sentence += `, ${change} and ${england}`;
  else if (change) sentence += `, ${change}`;
  else if (england) sentence += `, ${england}`;
  if (spc) sentence += `; ${spc}`;
  return `${sentence}.`;
}

export function headlineSentence(f: HeadlineFacts): string {
  if (f.value === null && !f.suppressed) {
    return `${f.measure.subject}: no figure is available for ${f.periodLabel}.`;
  }
  const value = valuePart(f);
  const change = changePart(f);
  const england = englandPart(f);
  const spc = f.spc ? spcClause(f.spc, f.measure.id, f.polarity) : null;
  // The measures' wording keeps every real case within 30 words; should one run over, the
  // control-chart clause goes first (the chart shows it), then the England comparison.
  const candidates = [compose(value, change, england, spc), compose(value, change, england, null), compose(value, change, null, null)];
  return candidates.find((s) => wordCount(s) <= MAX_WORDS) ?? candidates[candidates.length - 1];
}

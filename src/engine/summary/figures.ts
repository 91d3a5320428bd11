/**
 * Figures as the report shows them, for sentences and text cells: counts whole with thousands
 * separators, percentages and rates to 1 decimal place, a percentage with its % sign, and a
 * suppressed value as `<T` (never the number).
 */
import type { Unit } from '../results';

/** 12345.6 → "12,345.6" (fixed decimals, half away from zero, no locale dependence). */
export function withSeparators(x: number, decimals: number): string {
  const negative = x < 0;
  const scale = 10 ** decimals;
  const scaled = Math.round(Math.abs(x) * scale + 1e-9);
  const whole = Math.floor(scaled / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const fraction = decimals > 0 ? `.${String(scaled % scale).padStart(decimals, '0')}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** A value of the unit as shown: "12,345", "22.4%", "72.9". */
export function figure(x: number, unit: Unit): string {
  if (unit === 'count') return withSeparators(x, 0);
  const text = withSeparators(x, 1);
  return unit === 'percent' ? `${text}%` : text;
}

/** The size of a change as shown: "312", "1.3 percentage points", "1.2". */
export function changeSize(difference: number, unit: Unit): string {
  const size = Math.abs(difference);
  if (unit === 'count') return withSeparators(size, 0);
  const text = withSeparators(size, 1);
  return unit === 'percent' ? `${text} percentage ${text === '1.0' ? 'point' : 'points'}` : text;
}

/** A table or summary cell's text for a suppressed value. */
export function suppressedText(threshold: number): string {
  return `<${threshold}`;
}

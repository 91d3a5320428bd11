/**
 * The scorecard of the manager's summary as a plain-text table for the end-of-run summary:
 * indicator, value (as the report shows it: a suppressed value as `<T`), direction, RAG and the
 * control-chart signal of the latest month.
 */
import type { SummaryRow } from '../engine/summary/types';
import { figure, suppressedText } from '../engine/summary/figures';

const MEASURE_WIDTH = 44;

function valueText(row: SummaryRow, threshold: number): string {
  if (row.suppressed) return suppressedText(threshold);
  return row.value === null ? '–' : figure(row.value, row.unit);
}

function signalText(row: SummaryRow): string {
  if (row.variation === null) return '';
  return row.variation === 'common' ? 'usual range' : row.variation;
}

export function scorecardLines(rows: readonly SummaryRow[], threshold: number): string[] {
  if (rows.length === 0) return [];
  const header = `  ${'#'.padStart(2)}  ${'Indicator'.padEnd(MEASURE_WIDTH)} ${'Value'.padStart(9)}  ${'Direction'.padEnd(9)}  ${'RAG'.padEnd(5)}  Signal`;
  const lines = rows.map((row) => {
    const measure = row.measure.length > MEASURE_WIDTH ? `${row.measure.slice(0, MEASURE_WIDTH - 1)}…` : row.measure;
    return `  ${String(row.id).padStart(2)}  ${measure.padEnd(MEASURE_WIDTH)} ${valueText(row, threshold).padStart(9)}  ${(row.direction ?? '–').padEnd(9)}  ${(row.rag ?? '–').padEnd(5)}  ${signalText(row)}`.trimEnd();
  });
  return ['Scorecard:', header, ...lines];
}

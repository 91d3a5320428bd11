/**
 * The `Performance Report` sheet: the title block, then the 23 indicators in order, each a section
 * with its table, its chart beside it and its notes.
 */
import type { Breakdown, IndicatorResult, Results, Series } from '../engine/results';
import type { SheetDraft } from './drafts';
import { breakdownTableChart, indicatorChart, numberedTitle } from './indicator-charts';
import { sectionedSheet, type SectionBlock, type SectionContent } from './section';
import type { TableDraft, TableOptions, TableRow, TableValue } from './tables';
import { categoryLabel } from './text';
import { REPORT_NAME, titleBlock } from './title-block';

export const PERFORMANCE_REPORT_SHEET = 'Performance Report';
const REPORT_TAB_COLOUR = '#1F4E9A';

const CATEGORY_HEADERS: Record<IndicatorResult['kind'], string> = {
  monthly: 'Month',
  breakdown: 'Group',
  period: 'Period',
};

function cellOf(s: Series, i: number): TableValue {
  return { value: s.values[i] ?? null, suppressed: s.suppressed[i] ?? false, unit: s.unit };
}

function sumOf(values: readonly (number | null)[]): number {
  return values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
}

/**
 * The total row of a breakdown: counts add up; a percentage of the total is 100 (when there is a
 * total); rates and benchmarks have no total. Suppression as for any count: a total of 1..T−1 is
 * hidden, and so is the 100% over it (its denominator is below T).
 */
function totalRow(series: Series[], threshold: number): TableRow {
  const firstCount = series.find((s) => s.unit === 'count' && !s.benchmark);
  const base = firstCount ? sumOf(firstCount.values) : 0;
  const small = (n: number) => threshold > 0 && n >= 1 && n < threshold;
  const values = series.map((s): TableValue | null => {
    if (s.benchmark) return null;
    if (s.unit === 'count') {
      const total = sumOf(s.values);
      return { value: total, suppressed: small(total), unit: 'count' };
    }
    if (s.unit === 'percent') return { value: base > 0 ? 100 : null, suppressed: threshold > 0 && base < threshold, unit: 'percent' };
    return null;
  });
  return { label: 'Total', values, total: true };
}

function resultTable(categoryHeader: string, categories: string[], series: Series[], withTotal: boolean, threshold: number): TableDraft {
  const rows: TableRow[] = categories.map((c, i) => ({ label: categoryLabel(c), category: c, values: series.map((s) => cellOf(s, i)) }));
  if (withTotal) rows.push(totalRow(series, threshold));
  return { header: [categoryHeader, ...series.map((s) => s.name)], rows };
}

function breakdownBlock(ind: IndicatorResult, breakdown: Breakdown, threshold: number): SectionBlock {
  return {
    table: resultTable('Group', breakdown.categories, breakdown.series, true, threshold),
    chart: (place) => breakdownTableChart(ind, breakdown, place),
  };
}

/** Section content of one indicator (exported for tests). */
export function indicatorSection(ind: IndicatorResult, authority: string, threshold: number): SectionContent {
  const title = numberedTitle(ind);
  if (!ind.available) {
    return { title, definition: ind.definition, unavailableReason: ind.reason ?? 'no data', blocks: [], warnings: [] };
  }
  const main: SectionBlock = {
    table: resultTable(CATEGORY_HEADERS[ind.kind], ind.categories, ind.series, ind.kind === 'breakdown', threshold),
    chart: (place) => indicatorChart(ind, authority, place),
  };
  const blocks = ind.breakdown ? [main, breakdownBlock(ind, ind.breakdown, threshold)] : [main];
  return { title, definition: ind.definition, unavailableReason: null, blocks, warnings: ind.warnings };
}

export function buildPerformanceReport(results: Results, options: TableOptions): SheetDraft {
  const indicators = [...results.indicators].sort((a, b) => a.id - b.id);
  const sections = indicators.map((ind) => indicatorSection(ind, results.authority, options.threshold));
  return sectionedSheet(PERFORMANCE_REPORT_SHEET, REPORT_TAB_COLOUR, titleBlock(results.authority, REPORT_NAME, results.period), sections, options);
}

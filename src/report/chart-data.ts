/**
 * The hidden `Chart Data` sheet: one block per chart (a label naming the chart, a header row with
 * the series names, then one row per category), and the ChartSpecs whose ranges point into it.
 * Suppressed values are empty cells (null): never text, never 0, so charts show them as gaps.
 */
import type { ChartSpec, ModelCell, RangeRef } from './model';
import { chartHasSuppressedValue, suppressionNote, textCell, type ChartDraft, type SheetDraft } from './drafts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size';
import { styleForUnit } from './styles';
import { categoryCell, MONTH_FORMAT } from './cell-typing';

export const CHART_DATA_SHEET = 'Chart Data';
/** Blank rows between two blocks. */
const BLOCK_GAP = 1;

function ref(firstRow: number, firstCol: number, lastRow: number, lastCol: number): RangeRef {
  return { sheet: CHART_DATA_SHEET, firstRow, firstCol, lastRow, lastCol };
}

/** "Title. What it shows." — the chart's alternative text. */
export function altText(draft: Pick<ChartDraft, 'title' | 'description'>): string {
  const description = draft.description.trim();
  if (description === '') return draft.title;
  return /[.!?]$/.test(draft.title) ? `${draft.title} ${description}` : `${draft.title}. ${description}`;
}

/**
 * Columns and bars are read by their length, so their value axis starts at 0 unless the draft
 * says otherwise; lines keep the automatic scale (a trend of 70–75 is not flattened at the top).
 */
function valueAxisMin(draft: ChartDraft): number | null {
  if (draft.valueAxisMin !== undefined) return draft.valueAxisMin;
  return draft.kind === 'line' ? null : 0;
}

/** Lines: solid with round markers unless the draft says otherwise (benchmarks); columns and bars: no line style or marker. */
function seriesLine(s: ChartDraft['series'][number]): Pick<ChartSpec['series'][number], 'lineStyle' | 'marker'> {
  if (s.type !== 'line') return { lineStyle: 'solid', marker: 'none' };
  return { lineStyle: s.lineStyle ?? 'solid', marker: s.marker ?? 'circle' };
}

/** Cells of one chart's block starting at `top`, and the spec pointing at them. */
function chartBlock(draft: ChartDraft, top: number, threshold: number): { cells: ModelCell[]; spec: ChartSpec; height: number } {
  const headerRow = top + 1;
  const firstValueRow = top + 2;
  const lastValueRow = firstValueRow + draft.categories.length - 1;
  const cells: ModelCell[] = [textCell(top, 0, `${draft.id}: ${draft.title}`, 'sectionTitle'), textCell(headerRow, 0, 'Category', 'header')];
  draft.categories.forEach((c, i) => cells.push(categoryCell(firstValueRow + i, 0, draft.categoryKeys?.[i] ?? c, c, 'rowHeader')));
  draft.series.forEach((s, j) => {
    const col = 1 + j;
    cells.push(textCell(headerRow, col, s.name, 'header'));
    draft.categories.forEach((_, i) => {
      const hidden = s.suppressed[i] ?? false;
      cells.push({ row: firstValueRow + i, col, value: hidden ? null : (s.values[i] ?? null), style: styleForUnit(s.unit) });
    });
  });
  const spec: ChartSpec = {
    id: draft.id,
    sheet: draft.sheet,
    anchor: draft.anchor,
    width: draft.width ?? CHART_WIDTH,
    height: draft.height ?? CHART_HEIGHT,
    type: draft.series[0].type,
    kind: draft.kind,
    title: draft.title,
    altText: altText(draft),
    categoryAxisTitle: draft.categoryAxisTitle,
    valueAxisTitle: draft.valueAxisTitle,
    ...(draft.secondaryValueAxisTitle !== undefined ? { secondaryValueAxisTitle: draft.secondaryValueAxisTitle } : {}),
    categories: ref(firstValueRow, 0, lastValueRow, 0),
    ...(cells.some((c) => c.col === 0 && c.numberFormat === MONTH_FORMAT) ? { categoryNumberFormat: MONTH_FORMAT } : {}),
    series: draft.series.map((s, j) => ({
      name: s.name,
      nameRef: ref(headerRow, 1 + j, headerRow, 1 + j),
      values: ref(firstValueRow, 1 + j, lastValueRow, 1 + j),
      type: s.type,
      ...(s.secondaryAxis ? { secondaryAxis: true } : {}),
      color: s.color,
      ...seriesLine(s),
      ...(s.pointColors ? { pointColors: [...s.pointColors] } : {}),
    })),
    showLegend: draft.series.length > 1,
    dataLabels: draft.dataLabels,
    numberFormat: draft.numberFormat,
    valueAxisMin: valueAxisMin(draft),
    ...(draft.valueAxisMax != null ? { valueAxisMax: draft.valueAxisMax } : {}),
    note: chartHasSuppressedValue(draft) ? suppressionNote(threshold) : null,
  };
  return { cells, spec, height: 2 + draft.categories.length + BLOCK_GAP };
}

/** Lays out every chart's data (in the order given) and returns the sheet and the finished specs. */
export function buildChartData(drafts: readonly ChartDraft[], threshold: number): { sheet: SheetDraft; specs: ChartSpec[] } {
  const cells: ModelCell[] = [];
  const specs: ChartSpec[] = [];
  let row = 0;
  for (const draft of drafts) {
    const block = chartBlock(draft, row, threshold);
    cells.push(...block.cells);
    specs.push(block.spec);
    row += block.height;
  }
  const sheet: SheetDraft = { name: CHART_DATA_SHEET, kind: 'chart-data', hidden: true, tabColor: null, cells, charts: [], freezeRows: 0, repeatRows: null };
  return { sheet, specs };
}

/** The one-sheet model both renderers' cell-typing tests write: text labels down column A, categories down column C, a count in D1. */
import { categoryCell } from '../../src/report/cell-typing';
import type { ModelCell, ReportModel } from '../../src/report/model';

export function cellTypingModel(labels: readonly string[], categories: readonly (readonly [key: string, label: string])[]): ReportModel {
  const cells: ModelCell[] = [
    ...labels.map((text, i) => ({ row: i, col: 0, value: text, style: 'rowHeader' as const })),
    ...categories.map(([key, label], i) => categoryCell(i, 2, key, label, 'rowHeader')),
    { row: 0, col: 3, value: 1234, style: 'count' },
  ];
  const sheet = {
    name: 'Performance Report',
    kind: 'report' as const,
    hidden: false,
    tabColor: null,
    cells,
    merges: [],
    columns: [],
    rowHeights: [],
    freezeRows: 0,
    charts: [],
    print: { landscape: true, paper: 'A4' as const, fitToWidth: true, area: null, repeatRows: null },
  };
  return { sheets: [sheet], generatedSheetNames: ['Performance Report'], definedNames: [] };
}

/**
 * Results → ReportModel: every sheet, cell, style name, chart and range the renderers draw,
 * decided here once. Suppression is (re)applied first with the settings' threshold, so the model
 * never depends on whether the caller already did.
 */
import type { BuildOutput } from '../engine/build';
import type { Results } from '../engine/results';
import type { Settings } from '../engine/settings/types';
import { applySuppression } from '../engine/suppression';
import type { ChartSpec, ColumnSpec, ModelSheet, PrintSetup, RangeRef, ReportModel } from './model';
import { pageTexts, type PageTexts } from './print-setup';
import type { SheetDraft } from './drafts';
import { BUILD_LOG_SHEET, buildBuildLog } from './build-log';
import { buildChartData, CHART_DATA_SHEET } from './chart-data';
import { buildDistrictSheet } from './district-sheets';
import { buildDistrictSummary, DISTRICT_SUMMARY_SHEET, type DistrictContext } from './district-summary';
import { columnWidths, rowHeights, usedRange } from './layout';
import { pageBreaks, printScale, rowPixels } from './pages';
import { buildPerformanceReport, PERFORMANCE_REPORT_SHEET } from './performance-report';
import { ukDate, uniqueSheetNames } from './text';

/** What the model is built from: what engine/build.ts returns. */
export type ReportInput = BuildOutput;

/** Sheet names a district sheet may never take: the generated ones and the analyst's own. */
export const RESERVED_SHEET_NAMES = [PERFORMANCE_REPORT_SHEET, DISTRICT_SUMMARY_SHEET, CHART_DATA_SHEET, BUILD_LOG_SHEET, 'Report Settings', 'Postcode Lookup', 'Report Commentary', 'History'];

/** District sheet names: the configured districts, sanitised to Excel's rules and unique. */
export function districtSheetNames(settings: Settings): string[] {
  return uniqueSheetNames(settings.districts.map((d) => d.name), RESERVED_SHEET_NAMES);
}

/** Page breaks between sections of a report sheet, from the fit-to-width scale of its print area. */
function sectionBreaks(draft: SheetDraft, area: RangeRef, columns: ColumnSpec[], heights: { row: number; height: number }[]): number[] {
  if (!draft.sections || draft.sections.length === 0) return [];
  return pageBreaks(draft.sections, rowPixels(heights), draft.repeatRows, printScale(area, columns));
}

/**
 * Report sheets get a print area (so the printed report is exactly them); Chart Data gets no
 * page setup at all, and the Build Log a page setup without a print area (it prints only when
 * someone prints it on its own).
 */
function printSetup(draft: SheetDraft, area: RangeRef, breaks: number[], texts: PageTexts): PrintSetup {
  return {
    landscape: true,
    paper: 'A4',
    fitToWidth: draft.kind !== 'chart-data',
    area: draft.kind === 'report' ? area : null,
    repeatRows: draft.repeatRows,
    ...(draft.kind !== 'chart-data' ? texts : {}),
    ...(breaks.length > 0 ? { rowBreaks: breaks } : {}),
  };
}

function finishSheet(draft: SheetDraft, charts: ChartSpec[], page: PageContext): ModelSheet {
  const columns = columnWidths(draft.cells);
  const heights = rowHeights(draft.cells, columns);
  const area = usedRange(draft.name, draft.cells, charts, columns);
  const breaks = sectionBreaks(draft, area, columns, heights);
  const texts = pageTexts(page.authority, draft.printTitle ?? draft.name, page.period, page.marking, draft.kind === 'log');
  return {
    name: draft.name,
    kind: draft.kind,
    hidden: draft.hidden,
    tabColor: draft.tabColor,
    cells: draft.cells,
    merges: [],
    columns,
    rowHeights: heights,
    freezeRows: draft.freezeRows,
    charts,
    print: printSetup(draft, area, breaks, texts),
  };
}

/** What the printed header and footer of every sheet need. */
interface PageContext {
  authority: string;
  period: Results['period'];
  marking: string;
}

/**
 * Titles as a manager reads them: the spec's "(at S)" names the snapshot date, which the report
 * spells out ("(at 30/09/2021)"). The results JSON keeps the spec's titles.
 */
function withSnapshotDates(results: Results): Results {
  const at = `(at ${ukDate(results.period.end)})`;
  return { ...results, indicators: results.indicators.map((ind) => ({ ...ind, title: ind.title.replace('(at S)', at) })) };
}

export function buildReportModel(output: ReportInput, options: { builtAt: Date }): ReportModel {
  const { settings, parsed } = output;
  const results = withSnapshotDates(applySuppression(output.results, settings.threshold));
  const ctx: DistrictContext = { threshold: settings.threshold, suppressTables: settings.suppressTables, authority: results.authority, population: settings.population };
  const sheetNames = districtSheetNames(settings);
  const reportDrafts: SheetDraft[] = [
    buildPerformanceReport(results, ctx),
    buildDistrictSummary(results, ctx),
    ...settings.districts.map((d, i) => buildDistrictSheet(results, d.name, sheetNames[i], ctx)),
  ];
  const chartData = buildChartData(reportDrafts.flatMap((d) => d.charts), settings.threshold);
  const log = buildBuildLog({ results, parsed, settings, builtAt: options.builtAt });
  const page: PageContext = { authority: results.authority, period: results.period, marking: settings.protectiveMarking };
  const sheets = [
    ...reportDrafts.map((d) => finishSheet(d, chartData.specs.filter((s) => s.sheet === d.name), page)),
    finishSheet(chartData.sheet, [], page),
    finishSheet(log, [], page),
  ];
  return { sheets, generatedSheetNames: sheets.map((s) => s.name), definedNames: [] };
}

/** Number of charts in the model (for tests and the command line's summary). */
export function chartCount(model: ReportModel): number {
  return model.sheets.reduce((n, s) => n + s.charts.length, 0);
}

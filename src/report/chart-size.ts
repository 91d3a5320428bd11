/**
 * Chart sizes in pixels. Most charts are 480 × 260; bar charts grow with their bars so that every
 * category label and data label has room (12 referral sources in 260 px overlapped and Excel
 * skipped labels). District sheets size their own grids (district-sheets.ts, district-summary.ts).
 */

export const CHART_WIDTH = 480;
export const CHART_HEIGHT = 260;


/** Height of a bar chart: room for the title, value axis and legend, then per category the first bar. */
const BAR_CHART_FRAME = 90;
const BAR_CATEGORY_PX = 22;
/** Each further series adds a bar (and its data label) to every category. */
const BAR_EXTRA_SERIES_PX = 14;

/** A bar chart's height: 90 px + 22 px a category (+14 px a category for each series after the first), at least 260. */
export function barChartHeight(categories: number, series: number): number {
  const perCategory = BAR_CATEGORY_PX + BAR_EXTRA_SERIES_PX * Math.max(0, series - 1);
  return Math.max(CHART_HEIGHT, BAR_CHART_FRAME + categories * perCategory);
}

/** Lines with a long legend (the authority's series and three benchmarks): the legend takes two lines, so the plot gets more height. */
export const LEGEND_HEAVY_SERIES = 4;
export const LEGEND_HEAVY_HEIGHT = 300;

/** Data labels stay readable up to about ten points a series; beyond that they overlap. */
export const MAX_LABELLED_POINTS = 10;

/** Percentages never exceed 100: the value axis stops there instead of Excel's automatic 120. */
export const PERCENT_AXIS_MAX = 100;

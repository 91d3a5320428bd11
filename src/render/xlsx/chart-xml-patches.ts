import type { ChartSpec, MarkerStyle } from '../../report/model';
import { splitByDrawingType } from './chart';
import { restoreChartText } from './chart-text';

/**
 * Chart XML fixes for what wasm-xlsxwriter 0.13 cannot express (or drops). Each is a small,
 * pure string transform over the writer's own, stable output.
 */

/**
 * Bar charts: Excel draws the first category at the bottom; a breakdown reads top-down in the
 * order of its categories. So the category axis runs maxMin ("categories in reverse order") and
 * the value axis crosses it at the maximum category ("at maximum category"), which keeps the
 * value axis at the bottom. (c:crosses on an axis says where that axis crosses the other one.)
 */
export function reverseBarCategoryOrder(chartXml: string): string {
  if (!chartXml.includes('<c:barDir val="bar"/>')) return chartXml;
  return chartXml
    .replace(/<c:catAx>[\s\S]*?<\/c:catAx>/, (axis) => axis.replace('<c:orientation val="minMax"/>', '<c:orientation val="maxMin"/>'))
    .replace(/<c:valAx>[\s\S]*?<\/c:valAx>/, (axis) => axis.replace('<c:crosses val="autoZero"/>', '<c:crosses val="max"/>'));
}

const MARKER_SYMBOLS: Record<Exclude<MarkerStyle, 'none'>, string> = { circle: 'circle', square: 'square', triangle: 'triangle', diamond: 'diamond' };
const MARKER_SIZE = 6;

/**
 * Markers as the ChartSpec says (each series' `marker`): with gaps for suppressed values a month
 * between two empty cells has no segment and would otherwise be invisible, and a benchmark's
 * marker shape tells it apart without colour. Series are matched by their <c:idx>, which the
 * writer numbers in the order they were pushed: the spec's order, main chart first
 * (chart.ts splitByDrawingType).
 */
export function addMarkers(chartXml: string, spec: Pick<ChartSpec, 'series' | 'kind' | 'type'>): string {
  const { main, combined } = splitByDrawingType(spec);
  const drawn = [...main, ...combined];
  return chartXml.replace(/<c:ser><c:idx val="(\d+)"\/>[\s\S]*?<\/c:ser>/g, (series, idx: string) => {
    const marker = drawn[Number(idx)]?.marker ?? 'none';
    const colour = drawn[Number(idx)]?.color.replace(/^#/, '').toUpperCase();
    if (marker === 'none' || !colour) return series;
    return series.replace('<c:marker><c:symbol val="none"/></c:marker>', markerXml(marker, colour));
  });
}

function markerXml(marker: Exclude<MarkerStyle, 'none'>, colour: string): string {
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return `<c:marker><c:symbol val="${MARKER_SYMBOLS[marker]}"/><c:size val="${MARKER_SIZE}"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`;
}

const NOTE_RUN_PROPERTIES = 'sz="900" b="0" i="1"';

/**
 * The chart title is written as "title\nnote"; the note becomes a second paragraph in small
 * italic so that it reads as a footnote-like subtitle, not as part of the title.
 */
export function splitTitleNote(chartXml: string): string {
  return chartXml.replace(/<c:chart><c:title>[\s\S]*?<\/c:title>/, (title) =>
    title.replace(/<a:t>([^<\n]*)\n([^<]*)<\/a:t><\/a:r><\/a:p>/, (_whole, heading: string, note: string) =>
      `<a:t>${heading}</a:t></a:r></a:p><a:p><a:pPr><a:defRPr ${NOTE_RUN_PROPERTIES}/></a:pPr><a:r><a:rPr lang="en-GB" ${NOTE_RUN_PROPERTIES}/><a:t>${note}</a:t></a:r></a:p>`,
    ),
  );
}

export function patchChartXml(chartXml: string, spec?: Pick<ChartSpec, 'series' | 'kind' | 'type'>): string {
  const withMarkers = spec ? addMarkers(reverseBarCategoryOrder(chartXml), spec) : reverseBarCategoryOrder(chartXml);
  return restoreChartText(splitTitleNote(withMarkers));
}

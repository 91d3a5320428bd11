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

/**
 * Solid line series get round markers in their own colour: with gaps for suppressed values a
 * month between two empty cells has no segment and would otherwise be invisible. Dashed
 * (benchmark) lines keep no markers. (The writer's ChartSeries.setMarker has no effect in 0.13.)
 */
export function addMarkersToSolidLines(chartXml: string): string {
  return chartXml.replace(/<c:lineChart>[\s\S]*?<\/c:lineChart>/g, (group) =>
    group.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) => {
      if (series.includes('<a:prstDash')) return series;
      const colour = /<a:ln[^>]*><a:solidFill><a:srgbClr val="([0-9A-F]{6})"\/>/.exec(series)?.[1];
      if (!colour) return series;
      return series.replace('<c:marker><c:symbol val="none"/></c:marker>', circleMarker(colour));
    }),
  );
}

function circleMarker(colour: string): string {
  const fill = `<a:solidFill><a:srgbClr val="${colour}"/></a:solidFill>`;
  return `<c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr>${fill}<a:ln>${fill}</a:ln></c:spPr></c:marker>`;
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

export function patchChartXml(chartXml: string): string {
  return restoreChartText(splitTitleNote(addMarkersToSolidLines(reverseBarCategoryOrder(chartXml))));
}

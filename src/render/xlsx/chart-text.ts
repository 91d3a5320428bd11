/**
 * The writer reads a chart title or axis name that starts with "=" or that parses as
 * "Sheet!Range" as a cell reference (and fails on an unknown sheet). Chart text is always
 * literal here, so "!" and a leading "=" are swapped for private-use characters before the
 * writer sees them and swapped back in the chart XML afterwards (patch-package.ts).
 */
const BANG_STAND_IN = '\uE000';
const EQUALS_STAND_IN = '\uE001';

export function protectChartText(text: string): string {
  const withoutBang = text.replace(/!/g, BANG_STAND_IN);
  return withoutBang.startsWith('=') ? EQUALS_STAND_IN + withoutBang.slice(1) : withoutBang;
}

export function restoreChartText(xml: string): string {
  return xml.replace(/\uE000/g, '!').replace(/\uE001/g, '=');
}

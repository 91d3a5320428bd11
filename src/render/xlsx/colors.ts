import type { Color, XlsxWriter } from './load-writer';

/** "#RRGGBB" (or "RRGGBB") → a writer Color; anything else is a model bug worth failing on. */
export function toColor(xw: XlsxWriter, hex: string): Color {
  const digits = hex.replace(/^#/, '');
  if (!/^[0-9A-Fa-f]{6}$/.test(digits)) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return xw.Color.rgb(parseInt(digits, 16));
}

/**
 * Conversions between the model's sizes and Office.js's: the model gives column widths in
 * characters and chart sizes in pixels; Office.js wants points for both.
 */

/** Points per pixel at 96 dpi. */
const POINTS_PER_PIXEL = 0.75;

/** Excel's column width of `characters` (Calibri 11: 7 px a character + 5 px padding), in points. */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * POINTS_PER_PIXEL * 100) / 100;
}

export function pixelsToPoints(pixels: number): number {
  return pixels * POINTS_PER_PIXEL;
}

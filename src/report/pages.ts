/**
 * Printed pages of a report sheet: A4 landscape, fitted to one page wide. The fit-to-width scale
 * follows from the print area's width; the rows a page holds follow from the scale; manual page
 * breaks then fill each page with whole sections, so no page cuts a table or a chart in two.
 *
 * Page size at 100 %: A4 landscape is 11.69 × 8.27 in; Excel's default margins (0.7 in left and
 * right, 0.75 in top and bottom) leave 10.29 × 6.77 in = 988 × 650 px at 96 px an inch. Only 95 %
 * of that height is filled, to absorb the differences between Excel's and LibreOffice's row and
 * column metrics (a page with a spare row is better than a section cut by an automatic break).
 * At the sample report's scale (~0.75) that is about 36 rows of 15 pt under the repeated title.
 */
import type { ColumnSpec, RangeRef } from './model';
import type { SectionExtent } from './drafts';
import { columnsPixels, ROW_HEIGHT_PX } from './layout';

export const PAGE_WIDTH_PX = 988;
export const PAGE_HEIGHT_PX = 650;
export const PAGE_FILL = 0.95;
const PIXELS_PER_POINT = 4 / 3;

/** The fit-to-width scale Excel applies: 1 when the print area fits, else page width ÷ area width. */
export function printScale(area: RangeRef, columns: readonly ColumnSpec[]): number {
  const width = columnsPixels(area.lastCol, columns) - columnsPixels(area.firstCol - 1, columns);
  return Math.min(1, PAGE_WIDTH_PX / width);
}

/** Pixel height of every row, from the explicit heights (points) and the 20 px default. */
export function rowPixels(heights: readonly { row: number; height: number }[]): (row: number) => number {
  const byRow = new Map(heights.map((h) => [h.row, h.height * PIXELS_PER_POINT]));
  return (row) => byRow.get(row) ?? ROW_HEIGHT_PX;
}

function spanPixels(first: number, last: number, rowPx: (row: number) => number): number {
  let total = 0;
  for (let row = first; row <= last; row += 1) total += rowPx(row);
  return total;
}

/** Sheet pixels of content one printed page holds under the repeated title rows. */
export function pageCapacityPx(scale: number, repeatedPx: number): number {
  return (PAGE_HEIGHT_PX * PAGE_FILL) / scale - repeatedPx;
}

/**
 * Rows (0-based) that start a new page: greedily, each page takes whole sections while they fit.
 * A page starts at the first section's top (the rows above it are the repeated title block and
 * one blank row, which print on the first page only once). A section taller than a page gets a
 * page of its own (and Excel cuts it where it must).
 */
export function pageBreaks(
  sections: readonly SectionExtent[],
  rowPx: (row: number) => number,
  repeatRows: { first: number; last: number } | null,
  scale: number,
): number[] {
  const repeatedPx = repeatRows ? spanPixels(repeatRows.first, repeatRows.last, rowPx) : 0;
  const capacity = pageCapacityPx(scale, repeatedPx);
  const breaks: number[] = [];
  let pageStart = repeatRows ? repeatRows.last + 1 : 0;
  let pageHoldsSection = false;
  for (const section of sections) {
    if (pageHoldsSection && spanPixels(pageStart, section.last, rowPx) > capacity) {
      breaks.push(section.first);
      pageStart = section.first;
    }
    pageHoldsSection = true;
  }
  return breaks;
}

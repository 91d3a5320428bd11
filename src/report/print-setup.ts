/**
 * What every printed report page carries (outputs.md "Print"): A4 landscape, one page wide with
 * as many pages tall as needed, the title rows repeated, and a header and footer naming the
 * authority, the report and its period, `Page X of Y` and the protective marking from Report
 * Settings. Written in Excel's header/footer code so that both renderers pass the text through.
 */
import type { Period } from '../engine/results';
import type { HeaderFooterText } from './model';
import { periodLine, quarterLine, REPORT_NAME } from './title-block';

/** Excel's codes for the page number and the number of pages. */
export const PAGE_X_OF_Y = 'Page &P of &N';

/** A literal `&` in header/footer text is written `&&` (a single one starts a code). */
export function headerFooterLiteral(text: string): string {
  return text.replace(/&/g, '&&');
}

export interface PageTexts {
  header: HeaderFooterText;
  footer: HeaderFooterText;
}

/**
 * Header: authority | marking | report name. Footer: this sheet's title and the period |
 * `Page X of Y` | marking. The marking sits at the top and the bottom of every page, as
 * protectively marked documents are printed.
 */
export function pageTexts(authority: string, sheetTitle: string, period: Period, marking: string, isLog = false): PageTexts {
  const mark = headerFooterLiteral(marking);
  // The Build Log is not part of the report: when printed on its own its header says what it is first.
  const left = isLog ? `${sheetTitle}: ${authority}` : authority;
  return {
    header: { left: headerFooterLiteral(left), center: mark, right: headerFooterLiteral(REPORT_NAME) },
    footer: {
      left: headerFooterLiteral(`${sheetTitle} – ${quarterLine(period)} – ${periodLine(period)}`),
      center: PAGE_X_OF_Y,
      right: mark,
    },
  };
}

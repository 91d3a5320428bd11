import type { XlsxStyleTable } from './cell-style-spec';

/**
 * Stand-in for report/styles.ts STYLE_TABLE until that module lands: the house style of
 * outputs.md (title font, header fill, borders, thousands separators, 0.0 for rates,
 * percentages, dd/mm/yyyy dates). Percent values in the model are already ×100 (12.5 means
 * 12.5%), so the format appends a literal "%" rather than using Excel's scaling "%".
 */
const NAVY = '#1F3864';
const GREY_BORDER = '#BFBFBF';

export const STYLE_TABLE_STANDIN: XlsxStyleTable = {
  title: { bold: true, fontSize: 16, fontColor: NAVY },
  subtitle: { bold: true, fontSize: 12, fontColor: NAVY },
  sectionTitle: { bold: true, fontSize: 12, fontColor: NAVY },
  definition: { italic: true, fontSize: 10, wrap: true },
  header: { bold: true, fill: '#D9E1F2', border: 'thin', borderColor: GREY_BORDER, horizontalAlign: 'center', wrap: true },
  rowHeader: { border: 'thin', borderColor: GREY_BORDER },
  text: {},
  count: { numberFormat: '#,##0', border: 'thin', borderColor: GREY_BORDER },
  percent: { numberFormat: '0.0"%"', border: 'thin', borderColor: GREY_BORDER },
  rate: { numberFormat: '0.0', border: 'thin', borderColor: GREY_BORDER },
  date: { numberFormat: 'dd/mm/yyyy' },
  note: { italic: true, fontSize: 9, fontColor: '#595959' },
  suppressed: { border: 'thin', borderColor: GREY_BORDER, horizontalAlign: 'right' },
  total: { bold: true, numberFormat: '#,##0', border: 'thin', borderColor: GREY_BORDER },
  logHeader: { bold: true, fill: '#D9D9D9' },
  warning: { fontColor: '#C00000' },
};

/** The style table the renderer uses (switch to report/styles.ts when it exists). */
export function styleTable(): XlsxStyleTable {
  return STYLE_TABLE_STANDIN;
}

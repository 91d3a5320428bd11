/** Worksheet XML fixes for what wasm-xlsxwriter 0.13 cannot express: tab colour and page breaks. */

/** Adds <tabColor> as the first child of <sheetPr> (the schema's order), creating <sheetPr> if absent. */
export function addTabColor(sheetXml: string, hex: string): string {
  const argb = `FF${hex.replace(/^#/, '').toUpperCase()}`;
  const tabColor = `<tabColor rgb="${argb}"/>`;
  if (/<sheetPr\/>/.test(sheetXml)) return sheetXml.replace('<sheetPr/>', `<sheetPr>${tabColor}</sheetPr>`);
  if (/<sheetPr[ >]/.test(sheetXml)) {
    return sheetXml.replace(/<sheetPr([^>]*?)(\/?)>/, (_tag, attributes: string, selfClosing: string) =>
      selfClosing ? `<sheetPr${attributes}>${tabColor}</sheetPr>` : `<sheetPr${attributes}>${tabColor}`,
    );
  }
  return sheetXml.replace(/(<worksheet[^>]*>)/, `$1<sheetPr>${tabColor}</sheetPr>`);
}

/** Excel's last column index, the extent of a horizontal page break. */
const LAST_COLUMN = 16383;

/**
 * Manual page breaks before the given 0-based rows. <rowBreaks> follows <headerFooter> and
 * precedes <drawing>/<legacyDrawing>/<tableParts> in the worksheet schema; brk id is the
 * 0-based index of the first row of the new page (a break after 1-based row id).
 */
export function addRowBreaks(sheetXml: string, rows: readonly number[]): string {
  const unique = [...new Set(rows.filter((row) => Number.isInteger(row) && row > 0))].sort((a, b) => a - b);
  if (unique.length === 0) return sheetXml;
  const breaks = unique.map((row) => `<brk id="${row}" max="${LAST_COLUMN}" man="1"/>`).join('');
  const element = `<rowBreaks count="${unique.length}" manualBreakCount="${unique.length}">${breaks}</rowBreaks>`;
  const before = /<(drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[ >/]|<\/worksheet>/.exec(sheetXml);
  if (!before) return sheetXml;
  return sheetXml.slice(0, before.index) + element + sheetXml.slice(before.index);
}

/**
 * Fixes every row at the model's height. The report model places charts and page breaks on rows
 * of 15 pt (20 px); LibreOffice sizes each row that has no explicit height to its content's
 * optimal height (about 11.5 pt here), so charts overran their blocks and printed pages came out
 * a quarter empty. Rows the writer left without a height get ht="15" customHeight="1", and the
 * sheet default is marked custom for the empty rows. Excel's rows are 15 pt either way.
 */
export function fixDefaultRowHeight(sheetXml: string): string {
  return sheetXml
    .replace(/<sheetFormatPr((?:(?!customHeight)[^>])*?)\/>/, (tag, attributes: string) =>
      attributes.includes('defaultRowHeight') ? `<sheetFormatPr${attributes} customHeight="1"/>` : tag,
    )
    .replace(/<row ((?:(?! ht=)[^>])*?)(\/?)>/g, (_tag, attributes: string, selfClosing: string) => `<row ${attributes} ht="15" customHeight="1"${selfClosing}>`);
}

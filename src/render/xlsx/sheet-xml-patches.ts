/** Worksheet XML fixes for what wasm-xlsxwriter 0.13 cannot express: the tab colour. */

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

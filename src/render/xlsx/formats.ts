import type { CellStyle } from '../../report/model';
import type { CellFormat } from '../../report/styles';
import type { Format, XlsxWriter } from './load-writer';
import { toColor } from './colors';

/** One Format per named style (and a quote-prefixed twin for text that looks like a formula). */
export interface FormatCache {
  plain(style: CellStyle): Format;
  /** Same look, with Excel's quote prefix so that editing the cell keeps it text. */
  quoted(style: CellStyle): Format;
  /**
   * The style's look with the number format the cell-typing rule gives the cell (`@` for text, a
   * date format for a date), quote-prefixed when asked; null = the style's own number format.
   */
  forCell(style: CellStyle, numberFormat: string | null, quotePrefix: boolean): Format;
  /** `format` with a cell's own fill and font colour over its style's (the District Summary colour scale). */
  tinted(format: Format, key: string, fill: string | undefined, fontColor: string | undefined): Format;
}

export function createFormatCache(xw: XlsxWriter, table: Record<CellStyle, CellFormat>): FormatCache {
  const plainByStyle = new Map<CellStyle, Format>();
  const quotedByStyle = new Map<CellStyle, Format>();
  const plain = (style: CellStyle): Format => {
    let format = plainByStyle.get(style);
    if (!format) {
      format = toFormat(xw, table[style] ?? {});
      plainByStyle.set(style, format);
    }
    return format;
  };
  const quoted = (style: CellStyle): Format => {
    let format = quotedByStyle.get(style);
    if (!format) {
      format = plain(style).clone().setQuotePrefix();
      quotedByStyle.set(style, format);
    }
    return format;
  };
  const byCell = new Map<string, Format>();
  const forCell = (style: CellStyle, numberFormat: string | null, quotePrefix: boolean): Format => {
    if (numberFormat === null || numberFormat === (table[style]?.numberFormat ?? null)) return quotePrefix ? quoted(style) : plain(style);
    const key = `${style}|${numberFormat}|${quotePrefix ? 1 : 0}`;
    let format = byCell.get(key);
    if (!format) {
      format = plain(style).clone().setNumFormat(numberFormat);
      if (quotePrefix) format = format.setQuotePrefix();
      byCell.set(key, format);
    }
    return format;
  };
  const tintedByKey = new Map<string, Format>();
  const tinted = (format: Format, key: string, fill: string | undefined, fontColor: string | undefined): Format => {
    const fullKey = `${key}|${fill ?? ''}|${fontColor ?? ''}`;
    let out = tintedByKey.get(fullKey);
    if (!out) {
      out = format.clone();
      if (fill) out = out.setBackgroundColor(toColor(xw, fill));
      if (fontColor) out = out.setFontColor(toColor(xw, fontColor));
      tintedByKey.set(fullKey, out);
    }
    return out;
  };
  return { plain, quoted, forCell, tinted };
}

const ALIGN_NAMES = { left: 'Left', center: 'Center', right: 'Right' } as const;

export function toFormat(xw: XlsxWriter, spec: CellFormat): Format {
  let format = new xw.Format();
  if (spec.bold) format = format.setBold();
  if (spec.italic) format = format.setItalic();
  if (spec.fontSize) format = format.setFontSize(spec.fontSize);
  if (spec.fontColor) format = format.setFontColor(toColor(xw, spec.fontColor));
  if (spec.fill) format = format.setBackgroundColor(toColor(xw, spec.fill));
  if (spec.numberFormat) format = format.setNumFormat(spec.numberFormat);
  if (spec.border === 'thin') format = format.setBorder(xw.FormatBorder.Thin);
  if (spec.horizontalAlignment) format = format.setAlign(xw.FormatAlign[ALIGN_NAMES[spec.horizontalAlignment]]);
  if (spec.wrap) format = format.setTextWrap().setAlign(xw.FormatAlign.Top);
  return format;
}

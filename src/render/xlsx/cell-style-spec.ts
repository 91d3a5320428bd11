import type { CellStyle } from '../../report/model';

/**
 * The formatting this renderer needs for one named cell style. report/styles.ts owns the values;
 * this shape is the renderer's view of them, so a change there is absorbed in style-source.ts.
 */
export interface XlsxCellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" background fill. */
  fill?: string;
  /** Excel number format code. */
  numberFormat?: string;
  border?: 'thin' | 'none';
  /** "#RRGGBB" border colour. */
  borderColor?: string;
  horizontalAlign?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

export type XlsxStyleTable = Record<CellStyle, XlsxCellStyle>;

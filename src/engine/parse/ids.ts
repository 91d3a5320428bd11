/**
 * Child Unique ID cells → text. IDs are text: "00123" and "123" are different children. A number
 * becomes its plain digits (123 and 123.0 are the same JavaScript number, "123"); a text ID that
 * is digits followed by ".0" is a spreadsheet artefact of a number and loses the ".0".
 */
import type { CellValue } from '../types';
import { cellToText } from './cell-text';

const FLOAT_ARTEFACT = /^(\d+)\.0+$/;

/** The ID text of a non-blank cell. */
export function parseId(value: CellValue): string {
  // String() of a safe integer is its plain digits (no exponent, no ".0") and much cheaper than toFixed.
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : Number.isInteger(value) ? value.toFixed(0) : String(value);
  const text = cellToText(value);
  const artefact = FLOAT_ARTEFACT.exec(text);
  return artefact ? artefact[1] : text;
}

/**
 * Code cells → Annex A codes. A value may carry the template's letter prefix ("q) ", "zz) ",
 * "d1) ") or not, in any case; it is matched on its code when one is present ("6: Police",
 * "RC8 - Case closed ...", "U1") and otherwise on its description ("Police", "Neglect").
 * Each lookup caches its answers by the raw text: extracts repeat a handful of values.
 */
import type { CellValue } from '../types';
import type { CodeTable } from './code-tables';
import { tidyText } from './normalise';

const CACHE_LIMIT = 5000;

/** Template letter prefixes: "a) ", "zz) ", "d1) ". */
const LETTER_PREFIX = /^[a-z]{1,2}\d?\)\s*/;
/** "6: Police", "RC8 - Case closed", "C2: FCO": a code, then ':' or '-', then a description. */
const CODE_THEN_DESCRIPTION = /^([a-z0-9]{1,5})\s*[:-]\s*(.*)$/;

/** code: the matched code (or, for open tables, the unrecognised value kept upper case). */
export interface CodeMatch {
  code: string | null;
  /** False when the value matched nothing in the table (reported as a problem). */
  recognised: boolean;
}

export class CodeLookup {
  private readonly codesByLowerCase: Map<string, string>;
  private readonly descriptions: Map<string, string>;
  private readonly cache = new Map<string, CodeMatch>();

  constructor(readonly table: CodeTable) {
    this.codesByLowerCase = new Map(table.codes.map((code) => [code.toLowerCase(), code]));
    this.descriptions = new Map(Object.entries(table.descriptions));
  }

  /** The code a non-blank cell holds. */
  match(value: CellValue): CodeMatch {
    const raw = typeof value === 'string' ? value : String(value);
    let found = this.cache.get(raw);
    if (found === undefined) {
      found = this.resolve(raw);
      // Capped so a column of free text cannot grow the cache without bound.
      if (this.cache.size < CACHE_LIMIT) this.cache.set(raw, found);
    }
    return found;
  }

  private resolve(raw: string): CodeMatch {
    const text = tidyText(raw).toLowerCase().replace(LETTER_PREFIX, '');
    const direct = this.codesByLowerCase.get(text) ?? this.descriptions.get(text);
    if (direct !== undefined) return { code: direct, recognised: true };
    const parts = CODE_THEN_DESCRIPTION.exec(text);
    if (parts) {
      const code = this.codesByLowerCase.get(parts[1]) ?? this.descriptions.get(parts[2]);
      if (code !== undefined) return { code, recognised: true };
    }
    if (this.table.open && text.length > 0) return { code: (parts ? parts[1] : text).toUpperCase(), recognised: isCodeShaped(parts ? parts[1] : text) };
    return { code: null, recognised: false };
  }
}

/** "Q3", "B2", "Y": short letter(+digit) codes an open table keeps without complaint. */
const CODE_SHAPE = /^[a-z][0-9]{0,2}$/;

function isCodeShaped(text: string): boolean {
  return CODE_SHAPE.test(text);
}

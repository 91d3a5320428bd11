/**
 * Text normalisation shared by heading matching, sheet-name matching and code lookups.
 * Everything here runs once per heading or once per distinct cell text (callers cache), so
 * clarity wins over micro-speed; the regular expressions are compiled once at module load.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC`]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2012\u2013\u2014\u2015\u2212]/g;
/** Any run of white space, including non-breaking (U+00A0) and other Unicode spaces. */
const WHITE_SPACE_RUN = /[\s\u00A0\u2007\u202F\uFEFF]+/g;
const DOUBLED_CLOSE_BRACKETS = /\){2,}/g;
const TRAILING_QUESTION_MARKS = /\s*\?+$/;

/** Curly quotes to straight, dashes to '-', white-space runs to one space, trimmed. Case kept. */
export function tidyText(text: string): string {
  return text
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(WHITE_SPACE_RUN, ' ')
    .trim();
}

/**
 * A heading as compared (inputs.md "Heading matching"): lower case, curly quotes straight,
 * white space collapsed, trimmed, trailing `?` dropped, `))` collapsed to `)`.
 */
export function normaliseHeading(heading: string): string {
  return tidyText(heading).toLowerCase().replace(DOUBLED_CLOSE_BRACKETS, ')').replace(TRAILING_QUESTION_MARKS, '').trim();
}

const ALL_WHITE_SPACE = /[\s\u00A0\u2007\u202F\uFEFF]+/g;
const CSV_EXTENSION = /\.csv$/;

/** A sheet (or CSV file) name as compared: lower case, every space removed, a `.csv` extension dropped. */
export function normaliseSheetName(name: string): string {
  return name.toLowerCase().replace(ALL_WHITE_SPACE, '').replace(CSV_EXTENSION, '');
}

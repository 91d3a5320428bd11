/**
 * Decoding the text of SpreadsheetML: XML entities, and Excel's `_xHHHH_` escapes for control
 * characters in strings.
 */

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXmlText(raw: string): string {
  if (raw.indexOf('&') < 0 && raw.indexOf('_x') < 0) return raw;
  const unescaped = raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
  return unescaped.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The value of attribute `name` in a tag's attribute text, decoded; null when absent. */
export function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match ? decodeXmlText(match[1]) : null;
}

/** Concatenated text of every `<t>` element in a fragment (a shared string or an inline string), phonetic runs left out. */
export function textOfRuns(fragment: string): string {
  const withoutPhonetics = fragment.indexOf('<rPh') < 0 ? fragment : fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let text = '';
  const runText = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = runText.exec(withoutPhonetics); m; m = runText.exec(withoutPhonetics)) text += m[1];
  return decodeXmlText(text);
}

/**
 * RFC 4180 CSV text → rows of text cells. Handles quoted fields with embedded commas, quotes
 * ("" inside quotes) and newlines, CRLF or LF line ends, and a leading byte-order mark. Every cell
 * is text, as inputs.md says CSV dates are; an empty field is the empty string.
 */

export function parseCsv(text: string): string[][] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (inQuotes) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') inQuotes = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"' && field === '') inQuotes = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      if (ch === '\r' && source[i + 1] === '\n') i++;
    } else field += ch;
    i++;
  }
  // The last line needs no line end; a file ending in a line end adds no empty row.
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * Word wrapping as Excel does it for a wrapped cell, in characters: words go on a line while they
 * fit; a word longer than the line takes a line of its own (Excel would break it; we only need
 * the line count to be no smaller than Excel's).
 */

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** Lines that `text` takes when wrapped at `width` characters. */
export function linesNeeded(text: string, width: number): number {
  let lines = 0;
  let used = 0;
  for (const word of words(text)) {
    if (lines > 0 && used + 1 + word.length <= width) {
      used += 1 + word.length;
    } else {
      lines += 1;
      used = word.length;
    }
  }
  return lines;
}

/** The narrowest width (characters) at which `text` wraps onto at most `maxLines` lines. */
export function narrowestWidthFor(text: string, maxLines: number): number {
  const longestWord = Math.max(0, ...words(text).map((w) => w.length));
  let width = longestWord;
  while (linesNeeded(text, width) > maxLines) width += 1;
  return width;
}

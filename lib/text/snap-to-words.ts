// Letters, digits, combining marks, and the apostrophes and hyphens that live inside French words
// (d’offrir, Roissy-Charles) all belong to a word.
const WORD_CHAR = /[\p{L}\p{N}\p{M}’'\-]/u;

function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text[index]);
}

/**
 * Widens a dragged range to whole words (a drag that starts or ends mid-word takes the whole
 * word) and trims surrounding whitespace. Returns null when nothing but whitespace is left.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from > 0 && isWordChar(text, from - 1) && isWordChar(text, from)) from -= 1;
  while (to < text.length && isWordChar(text, to - 1) && isWordChar(text, to)) to += 1;
  while (from < to && /\s/.test(text[from])) from += 1;
  while (to > from && /\s/.test(text[to - 1])) to -= 1;
  return from < to ? { start: from, end: to } : null;
}

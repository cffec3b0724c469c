import { isClosingMark, isOpeningMark, isSpace } from "./characters";

// Rules only ever look at a word or two around a boundary; bounding the scans
// keeps splitting linear even in a paragraph with no spaces at all.
const MAX_TOKEN_LENGTH = 64;

/** First offset at or after `from` (and before `end`) that is not whitespace; `end` if none. */
export function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text[i])) i++;
  return i;
}

/** Offset just after the last non-whitespace character in `[start, end)`; `start` if none. */
export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text[i - 1])) i--;
  return i;
}

/**
 * Offset just after the last character in `[start, end)` that is neither a
 * closing quote or bracket nor the space French typography puts before one
 * ("fini. »"): where the sentence's own last mark sits.
 */
export function stripClosingMarks(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && (isClosingMark(text[i - 1]) || isSpace(text[i - 1]))) i--;
  return i;
}

/** The whitespace-delimited token that ends at `end` (never reaching before `start`). */
export function tokenBefore(text: string, start: number, end: number): string {
  const floor = Math.max(start, end - MAX_TOKEN_LENGTH);
  let i = end;
  while (i > floor && !isSpace(text[i - 1])) i--;
  return text.slice(i, end);
}

/** The whitespace-delimited token that starts at `from` (never reaching `end`). */
export function tokenAfter(text: string, from: number, end: number): string {
  const ceiling = Math.min(end, from + MAX_TOKEN_LENGTH);
  let i = from;
  while (i < ceiling && !isSpace(text[i])) i++;
  return text.slice(from, i);
}

/** `token` without the quotes and brackets that open it, e.g. `«M.` → `M.`. */
export function withoutOpeningMarks(token: string): string {
  let i = 0;
  while (i < token.length && isOpeningMark(token[i])) i++;
  return token.slice(i);
}

/*
 * Character classes shared by the boundary rules. Tested one code unit at a
 * time: every character that matters here is in the BMP, and a lone surrogate
 * simply matches none of them.
 */

const SPACE = /\s/;
// Marks that end a sentence in the scripts we expect; "…" is included because
// Intl.Segmenter does not treat it as one, yet a sentence can end on it.
const TERMINAL = /[.!?…。！？‼⁇⁈⁉]/;
// Straight quotes are ambiguous; callers only treat them as closing where the
// position makes that unambiguous (after a stop, before a space).
const CLOSING = /[\p{Pe}"'’”»›]/u;
const OPENING = /[\p{Ps}\p{Pi}"'«‹„“‘]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;

/** Whether `ch` is whitespace (including no-break and narrow no-break spaces). */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // Called on nearly every character scanned; skip the regex for ASCII.
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

/** Whether `ch` can end a sentence: `.`, `!`, `?`, `…` and their CJK/compound forms. */
export function isTerminal(ch: string | undefined): boolean {
  return ch !== undefined && TERMINAL.test(ch);
}

/** Whether `ch` can close a quotation or parenthesis that a sentence's final stop sits inside. */
export function isClosingMark(ch: string | undefined): boolean {
  return ch !== undefined && CLOSING.test(ch);
}

/** Whether `ch` can open a quotation or parenthesis in front of a word. */
export function isOpeningMark(ch: string | undefined): boolean {
  return ch !== undefined && OPENING.test(ch);
}

/** Whether `ch` is an upper-case letter in any script. */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

/** Whether `ch` is a lower-case letter in any script. */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

/** Whether `ch` is an ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && DIGIT.test(ch);
}

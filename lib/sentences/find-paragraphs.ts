import type { TextSpan } from "./text-span";
import { skipSpaces, trimEnd } from "./tokens";

// A blank line is a line holding nothing but whitespace, so "\n \t\n" and
// "\r\n\r\n" separate paragraphs just like the canonical "\n\n".
const BLANK_LINES = /\n(?:[^\S\n]*\n)+/g;

/**
 * The paragraphs of `text`: the stretches between blank lines, trimmed of
 * surrounding whitespace; stretches holding only whitespace are left out.
 * Sentences never cross these spans.
 */
export function findParagraphs(text: string): TextSpan[] {
  const paragraphs: TextSpan[] = [];
  const push = (from: number, to: number) => {
    const start = skipSpaces(text, from, to);
    const end = trimEnd(text, start, to);
    if (end > start) paragraphs.push({ start, end });
  };
  let from = 0;
  for (const match of text.matchAll(BLANK_LINES)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return paragraphs;
}

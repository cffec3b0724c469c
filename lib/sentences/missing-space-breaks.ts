import { abbreviationKind } from "./abbreviations";
import { isSpace } from "./characters";

// A stop glued between a finished word (or number) and a capitalised word:
// "world.Today", "1,000.That". Needs a lower-case letter or digit before it so
// that acronyms (U.S.A.) and initials (J.K.) are left alone.
const GLUED_STOP = /[\p{Ll}\d][.!?](?=\p{Lu}\p{Ll})/gu;
// Tokens in which dots are not sentence stops: e-mail addresses, URLs, paths.
const NOT_PROSE = /[@/\\]|www\./;
// Far enough to see the "@" or "/" of any address around a dot, short enough
// to keep a long run without spaces linear.
const TOKEN_REACH = 100;

/**
 * Offsets in `text[start, end)` where a sentence starts with no space after
 * the previous one's stop ("Hello world.Today is Tuesday."), which UAX #29
 * never breaks. Skips e-mail addresses, URLs and abbreviations ("St.Louis").
 */
export function findMissingSpaceBreaks(text: string, start: number, end: number, lang: string): number[] {
  const breaks: number[] = [];
  const paragraph = text.slice(start, end);
  for (const match of paragraph.matchAll(GLUED_STOP)) {
    const stop = match.index + 1;
    const floor = Math.max(0, stop - TOKEN_REACH);
    const ceiling = Math.min(paragraph.length, stop + TOKEN_REACH);
    let tokenStart = stop;
    while (tokenStart > floor && !isSpace(paragraph[tokenStart - 1])) tokenStart--;
    let tokenEnd = stop;
    while (tokenEnd < ceiling && !isSpace(paragraph[tokenEnd])) tokenEnd++;
    if (NOT_PROSE.test(paragraph.slice(tokenStart, tokenEnd))) continue;
    if (abbreviationKind(paragraph.slice(tokenStart, stop + 1), lang)) continue;
    breaks.push(start + stop + 1);
  }
  return breaks;
}

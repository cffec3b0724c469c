import { abbreviationKind } from "./abbreviations";
import { isSpace, isTerminal } from "./characters";

// A stop glued between a finished word (or number) and a capitalised word:
// "world.Today", "1,000.That". Needs a lower-case letter or digit before it so
// that acronyms (U.S.A.) and initials (J.K.) are left alone.
const GLUED_STOP = /[\p{Ll}\d][.!?](?=\p{Lu}\p{Ll})/gu;
// Tokens in which dots are not sentence stops: e-mail addresses, URLs, paths.
const NOT_PROSE = /[@/\\]|www\./;
const SPACE = /\s/g;

/**
 * Offsets in `text[start, end)` where a sentence starts with no space after
 * the previous one's stop ("Hello world.Today is Tuesday."), which UAX #29
 * never breaks. Skips e-mail addresses, URLs and abbreviations ("St.Louis").
 */
export function findMissingSpaceBreaks(text: string, start: number, end: number, lang: string): number[] {
  const breaks: number[] = [];
  const paragraph = text.slice(start, end);
  // The whitespace-delimited token around the current match, reused by the
  // next matches inside it so that a long run without spaces is scanned once.
  let tokenEnd = -1;
  let prose = true;
  for (const match of paragraph.matchAll(GLUED_STOP)) {
    const stop = match.index + 1;
    if (stop >= tokenEnd) {
      let tokenStart = stop;
      while (tokenStart > 0 && !isSpace(paragraph[tokenStart - 1])) tokenStart--;
      SPACE.lastIndex = stop;
      tokenEnd = SPACE.exec(paragraph)?.index ?? paragraph.length;
      prose = !NOT_PROSE.test(paragraph.slice(tokenStart, tokenEnd));
    }
    if (!prose) continue;
    let wordStart = stop;
    while (wordStart > 0 && !isSpace(paragraph[wordStart - 1]) && !isTerminal(paragraph[wordStart - 1])) wordStart--;
    if (abbreviationKind(paragraph.slice(wordStart, stop + 1), lang)) continue;
    breaks.push(start + stop + 1);
  }
  return breaks;
}

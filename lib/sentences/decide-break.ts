import { abbreviationKind, type AbbreviationKind } from "./abbreviations";
import { isDigit, isLower, isTerminal, isUpper } from "./characters";
import { ellipsisBreak } from "./ellipsis";
import { isListItemAt, isListMarkerOnly } from "./list-markers";
import { isSentenceStarter } from "./sentence-starters";
import { skipSpaces, stripClosingMarks, tokenAfter, tokenBefore, trimEnd, withoutOpeningMarks } from "./tokens";

/** A place where the segmenter, a line break or an ellipsis suggests a new sentence. */
export interface BreakCandidate {
  text: string;
  /** Primary language subtag ("en", "fr"), choosing the abbreviation tables. */
  lang: string;
  /** Where the sentence being built starts. */
  sentenceStart: number;
  /** Where the next sentence would start (a non-blank character). */
  pos: number;
  /** End of the paragraph. */
  end: number;
  /** Whether a hard line break lies just before `pos`. */
  afterLineBreak: boolean;
  /** Whether the line starting at `pos` carries on the sentence above (see findLineBreaks). */
  continuesLine: boolean;
}

// "[...]" marks words left out of a quotation, never the end of a sentence.
const ELISION = /\[(?:\.{3}|…)$/;
// Longest list marker worth testing, e.g. "• 100.)".
const MAX_MARKER_LENGTH = 12;

function continuesAfterAbbreviation(kind: AbbreviationKind, next: string, afterNext: string, lang: string): boolean {
  const first = next[0];
  switch (kind) {
    case "title":
      return isUpper(first) || isLower(first);
    case "numeric":
      return isDigit(first);
    case "general":
      return isLower(first) || isDigit(first) || (isUpper(first) && !isSentenceStarter(next, lang));
    case "initial":
      // A name may open with a particle that also opens sentences: "M. Le Pen"
      // is one name, "la lettre M. Puis il partit" two sentences.
      return (
        isLower(first) ||
        isDigit(first) ||
        (isUpper(first) && (!isSentenceStarter(next, lang) || isUpper(withoutOpeningMarks(afterNext)[0])))
      );
  }
}

/**
 * Decides whether a sentence really ends before `candidate.pos`. Returns the
 * offset at which the next sentence starts (normally `pos`; earlier when a
 * four-dot ellipsis is split between the two), or null when the text up to
 * `pos` and after it is one sentence.
 */
export function decideBreak(candidate: BreakCandidate): number | null {
  const { text, lang, sentenceStart, pos, end } = candidate;
  const leftEnd = trimEnd(text, sentenceStart, pos);
  if (leftEnd <= sentenceStart) return null;
  // A marker such as "1." or "• 9." is the start of its item, not a sentence.
  if (leftEnd - sentenceStart <= MAX_MARKER_LENGTH && isListMarkerOnly(text.slice(sentenceStart, leftEnd))) {
    return null;
  }
  if (candidate.afterLineBreak && isListItemAt(text, pos, end)) return pos;

  const stopEnd = stripClosingMarks(text, sentenceStart, leftEnd);
  const stop = text[stopEnd - 1];
  if (!isTerminal(stop)) {
    // No stop: either a hard line break (wrapped sentence or list line) or a
    // separator UAX #29 knows about; only the former can be undone.
    return candidate.afterLineBreak && candidate.continuesLine ? null : pos;
  }
  if (ELISION.test(text.slice(Math.max(sentenceStart, stopEnd - 5), stopEnd))) return null;

  const ellipsis = ellipsisBreak(text, sentenceStart, stopEnd, pos, end);
  if (ellipsis !== undefined) return ellipsis;

  const nextToken = tokenAfter(text, pos, end);
  const next = withoutOpeningMarks(nextToken);
  if (stop === "." && stopEnd === leftEnd) {
    const kind = abbreviationKind(tokenBefore(text, sentenceStart, stopEnd), lang);
    const afterNext = tokenAfter(text, skipSpaces(text, pos + nextToken.length, end), end);
    if (kind && continuesAfterAbbreviation(kind, next, afterNext, lang)) return null;
  }
  // A stop followed by a lower-case word is inside the sentence: "Yahoo! in
  // the accounting department", « Vraiment ? » a-t-il demandé. Not across a
  // line break, where punctuated lower-case lines are more likely list items.
  return !candidate.afterLineBreak && isLower(next[0]) ? null : pos;
}

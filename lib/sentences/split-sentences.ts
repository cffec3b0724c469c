import { decideBreak } from "./decide-break";
import { findEllipsisBreaks } from "./ellipsis";
import { findParagraphs } from "./find-paragraphs";
import { baseLanguage } from "./language";
import { findLineBreaks } from "./line-breaks";
import { findInlineListBreaks } from "./list-markers";
import { findMissingSpaceBreaks } from "./missing-space-breaks";
import { segmenterBoundaries } from "./segmenter-boundaries";
import { skipClosingMarks } from "./skip-closing-marks";
import type { TextSpan } from "./text-span";
import { skipSpaces, trimEnd } from "./tokens";

// Where a candidate boundary comes from. "forced" ones (list items, stops
// with no space after them) are certain; the others go through decideBreak.
// When two land on the same offset the stronger source wins.
type Source = "segmenter" | "ellipsis" | "line" | "forced";
const STRENGTH: Record<Source, number> = { segmenter: 0, ellipsis: 1, line: 2, forced: 3 };

function pushTrimmed(spans: TextSpan[], text: string, from: number, to: number): void {
  const start = skipSpaces(text, from, to);
  const end = trimEnd(text, start, to);
  if (end > start) spans.push({ start, end });
}

function splitParagraph(text: string, paragraph: TextSpan, locale: string, lang: string, spans: TextSpan[]): void {
  const { start, end } = paragraph;
  const candidates = new Map<number, Source>();
  const add = (offset: number, source: Source) => {
    // Normalised to the next sentence's first character, so the segmenter's
    // offset (right after "\n") and ours (after the indentation) coincide.
    const pos = skipSpaces(text, offset, end);
    if (pos <= start || pos >= end) return;
    const previous = candidates.get(pos);
    if (previous === undefined || STRENGTH[source] > STRENGTH[previous]) candidates.set(pos, source);
  };

  for (const offset of segmenterBoundaries(text, start, end, locale)) {
    add(skipClosingMarks(text, start, offset, end), "segmenter");
  }
  for (const offset of findEllipsisBreaks(text, start, end)) add(offset, "ellipsis");
  const lines = findLineBreaks(text, start, end);
  for (const offset of lines.lineStarts) add(offset, "line");
  for (const offset of findInlineListBreaks(text, start, end)) add(offset, "forced");
  for (const offset of findMissingSpaceBreaks(text, start, end, lang)) add(offset, "forced");

  let sentenceStart = start;
  for (const pos of [...candidates.keys()].sort((a, b) => a - b)) {
    const source = candidates.get(pos)!;
    const at =
      source === "forced"
        ? pos
        : decideBreak({
            text,
            lang,
            sentenceStart,
            pos,
            end,
            afterLineBreak: source === "line",
            continuesLine: lines.continuing.has(pos),
          });
    if (at === null || at <= sentenceStart) continue;
    pushTrimmed(spans, text, sentenceStart, at);
    sentenceStart = at;
  }
  pushTrimmed(spans, text, sentenceStart, end);
}

/**
 * Splits `text` into sentences for language `locale` (a BCP 47 tag such as
 * "fr" or "en-GB").
 *
 * Returns spans of UTF-16 offsets into `text` (end exclusive), in order, each
 * trimmed of surrounding whitespace and never empty. No span crosses a blank
 * line (a paragraph break). Sentences come from `Intl.Segmenter`, corrected
 * for what UAX #29 gets wrong in edited prose: abbreviations, titles and
 * initials (Mr., U.S., M. Dupont, Jonas E. Smith), ellipses, elisions "[...]",
 * closing guillemets after the stop, list items, hard-wrapped lines and stops
 * missing their following space.
 *
 * Pure and synchronous; runs in browsers and Node.
 */
export function splitSentences(text: string, locale: string): TextSpan[] {
  const lang = baseLanguage(locale);
  const spans: TextSpan[] = [];
  for (const paragraph of findParagraphs(text)) splitParagraph(text, paragraph, locale, lang, spans);
  return spans;
}

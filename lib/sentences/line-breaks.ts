import { isLower, isTerminal } from "./characters";
import { isListItemAt } from "./list-markers";
import { skipSpaces, stripClosingMarks, trimEnd } from "./tokens";

// A stop that ends a sentence somewhere on a line (not the dot inside "3.5").
const ENDS_A_SENTENCE = /[.!?…。！？]["'’”»)\]]*(?:\s|$)/;

/**
 * Hard line breaks inside one paragraph of `text[start, end)`.
 * `lineStarts` are the offsets where each line after the first begins (its
 * first non-blank character); `continuing` holds those whose line merely
 * carries on the sentence of the line above.
 *
 * A line continues the one above when that line does not end with a stop,
 * it begins with a lower-case letter, and the sentence does end further on
 * (on this line or on lines that continue it in turn): that is a sentence
 * wrapped by hand or by a PDF export. Short unpunctuated lines ("features",
 * "contact manager") are items of a list, not one run-on sentence.
 */
export function findLineBreaks(
  text: string,
  start: number,
  end: number,
): { lineStarts: number[]; continuing: Set<number> } {
  const lineStarts: number[] = [];
  for (let i = text.indexOf("\n", start); i !== -1 && i < end; i = text.indexOf("\n", i + 1)) {
    // Paragraphs hold no blank lines, so every break is followed by text.
    lineStarts.push(skipSpaces(text, i + 1, end));
  }
  const continuing = new Set<number>();
  for (let k = lineStarts.length - 1; k >= 0; k--) {
    const lineStart = lineStarts[k];
    const lineEnd = k + 1 < lineStarts.length ? lineStarts[k + 1] : end;
    const previousStart = k > 0 ? lineStarts[k - 1] : start;
    const previousEnd = stripClosingMarks(text, previousStart, trimEnd(text, previousStart, lineStart));
    const previousOpen = previousEnd > previousStart && !isTerminal(text[previousEnd - 1]);
    const sentenceEnds = ENDS_A_SENTENCE.test(text.slice(lineStart, lineEnd)) || continuing.has(lineEnd);
    if (previousOpen && sentenceEnds && isLower(text[lineStart]) && !isListItemAt(text, lineStart, end)) {
      continuing.add(lineStart);
    }
  }
  return { lineStarts, continuing };
}

import { indexOfFirstSpanFrom } from "../text/span-search";

type Span = { start: number; end: number };

/**
 * The sentence to move to from the current selection: the first one starting after it (forward)
 * or the last one ending before it (backward). With no selection, the first or last sentence.
 */
export function stepSentence(sentences: Span[], selection: Span | null, direction: 1 | -1): Span | undefined {
  if (sentences.length === 0) return undefined;
  if (!selection) return direction === 1 ? sentences[0] : sentences[sentences.length - 1];
  if (direction === 1) {
    return sentences[indexOfFirstSpanFrom(sentences, selection.start + 1)] ?? sentences[sentences.length - 1];
  }
  // From a phrase inside a sentence, "back" first goes to that sentence itself.
  return sentences[Math.max(0, indexOfFirstSpanFrom(sentences, selection.start) - 1)];
}

import { isClosingMark, isLower, isSpace, isTerminal } from "./characters";
import { skipSpaces } from "./tokens";

const segmenters = new Map<string, Intl.Segmenter | null>();

// In V8 every step of a segment iterator costs time in proportion to the
// whole string (one 120,000-character paragraph took ~200 ms, the same text in
// 2,000-character pieces ~2 ms). So long paragraphs are fed to the segmenter
// in pieces of about this length, cut where UAX #29 breaks anyway: after a
// line break, or after a stop, spaces and a capital (rules SB4 and SB11),
// which no rule looks across.
const CHUNK_LENGTH = 2000;
const SAFE_CUT = /\n|[.!?]\s+(?=\p{Lu})/gu;

function chunkEnd(text: string, from: number, end: number): number {
  if (end - from <= CHUNK_LENGTH) return end;
  SAFE_CUT.lastIndex = from + CHUNK_LENGTH;
  const cut = SAFE_CUT.exec(text);
  return cut && cut.index < end ? Math.min(end, cut.index + cut[0].length) : end;
}

// Building a segmenter loads ICU data; one per locale is plenty.
function segmenterFor(locale: string): Intl.Segmenter | null {
  const cached = segmenters.get(locale);
  if (cached !== undefined) return cached;
  let segmenter: Intl.Segmenter | null = null;
  if (typeof Intl !== "undefined" && typeof Intl.Segmenter === "function") {
    try {
      segmenter = new Intl.Segmenter(locale || undefined, { granularity: "sentence" });
    } catch {
      // A malformed tag throws RangeError; the default locale still segments.
      segmenter = new Intl.Segmenter(undefined, { granularity: "sentence" });
    }
  }
  segmenters.set(locale, segmenter);
  return segmenter;
}

/**
 * Where a sentence may start inside `text[start, end)`, as absolute offsets,
 * excluding `start` itself: the boundaries of `Intl.Segmenter(locale,
 * { granularity: "sentence" })` (UAX #29). Engines without `Intl.Segmenter`
 * get a rough stand-in (after a stop, its closing marks and some whitespace;
 * after a line break) that the boundary rules correct in the same way.
 */
export function segmenterBoundaries(text: string, start: number, end: number, locale: string): number[] {
  const boundaries: number[] = [];
  const segmenter = segmenterFor(locale);
  if (segmenter) {
    for (let from = start; from < end; ) {
      const to = chunkEnd(text, from, end);
      for (const segment of segmenter.segment(text.slice(from, to))) {
        if (segment.index > 0) boundaries.push(from + segment.index);
      }
      if (to < end) boundaries.push(to);
      from = to;
    }
    return boundaries;
  }
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === "\n") {
      boundaries.push(i + 1);
    } else if (isTerminal(ch) && !isTerminal(text[i + 1])) {
      let j = i + 1;
      while (j < end && isClosingMark(text[j])) j++;
      if (j >= end || !isSpace(text[j])) continue;
      const next = skipSpaces(text, j, end);
      // As UAX #29 (SB8, SB8a): no break before a lower-case word or another stop.
      if (!isLower(text[next]) && !isTerminal(text[next])) boundaries.push(next);
    }
  }
  return boundaries;
}

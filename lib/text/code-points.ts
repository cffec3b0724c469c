/**
 * Conversions between the two ways of counting characters in a text: JavaScript's UTF-16 code
 * units (how Claimcheck stores offsets) and Unicode code points (how the W3C Web Annotation model
 * counts a TextPositionSelector's `start` and `end`). They differ only after a character outside
 * the Basic Multilingual Plane — an emoji such as 🇫🇷 or 😀 is two code units but one code point
 * (🇫🇷 is two code points, four units).
 *
 * A lone surrogate (invalid, but possible in a JavaScript string) counts as one code point, as
 * `for…of` iteration counts it.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function checkIndex(value: number, max: number, what: string): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} ${value} is outside 0–${max}`);
  }
}

/**
 * UTF-16 offsets (index of the high half) of every surrogate pair in `text`, in order. A text
 * without astral characters — most articles — gives an empty list, so conversions cost nothing.
 */
function surrogatePairStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      starts.push(i);
      i += 1;
    }
  }
  return starts;
}

/** Number of items of the sorted `values` for which `below(value)` holds (a prefix of the list). */
function countPrefix(values: number[], below: (value: number, index: number) => boolean): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (below(values[mid], mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Converts many offsets of one text, each in O(log n) after one pass over the text. */
export type CodePointIndex = {
  /** Code points in the whole text. */
  length: number;
  /** See {@link utf16ToCodePoint}. */
  toCodePoint(offset: number): number;
  /** See {@link codePointToUtf16}. */
  toUtf16(codePoint: number): number;
};

/**
 * Prepares `text` for repeated conversions (an export of 2,000 claims on a long article would
 * otherwise walk the text 4,000 times).
 */
export function codePointIndex(text: string): CodePointIndex {
  const pairs = surrogatePairStarts(text);
  const length = text.length - pairs.length;
  return {
    length,
    toCodePoint(offset) {
      checkIndex(offset, text.length, "UTF-16 offset");
      // Pairs that start before the offset each count one code point for two units; an offset
      // inside a pair counts the whole pair as before it.
      return offset - countPrefix(pairs, (start) => start + 1 < offset);
    },
    toUtf16(codePoint) {
      checkIndex(codePoint, length, "code point offset");
      // Pair k starts at code point pairs[k] - k; each pair before `codePoint` adds one unit.
      return codePoint + countPrefix(pairs, (start, k) => start - k < codePoint);
    },
  };
}

/**
 * The number of code points of `text` before the UTF-16 `offset` (a W3C TextPositionSelector
 * offset). An offset that falls inside a surrogate pair counts the pair as before it.
 *
 * @throws {RangeError} when `offset` is not an integer in [0, text.length].
 */
export function utf16ToCodePoint(text: string, offset: number): number {
  return codePointIndex(text).toCodePoint(offset);
}

/**
 * The UTF-16 offset of the code point offset `codePoint` of `text` (the inverse of
 * {@link utf16ToCodePoint}); `codePoint` may be the text's length in code points (its end).
 *
 * @throws {RangeError} when `codePoint` is not an integer between 0 and the code point length.
 */
export function codePointToUtf16(text: string, codePoint: number): number {
  return codePointIndex(text).toUtf16(codePoint);
}

import { splitsSurrogatePair } from "./splits-surrogate-pair";

/**
 * Maximum number of UTF-16 code units of context stored on each side of a
 * quote. 32 is what the Hypothesis client stores: enough to tell repeated
 * phrases apart, short enough to survive nearby edits.
 */
export const QUOTE_CONTEXT_LENGTH = 32;

/** The fields of a W3C Web Annotation `TextQuoteSelector`. */
export interface TextQuote {
  /** The quoted text itself. */
  exact: string;
  /**
   * Up to {@link QUOTE_CONTEXT_LENGTH} characters just before the quote;
   * empty when the quote starts the text.
   */
  prefix: string;
  /**
   * Up to {@link QUOTE_CONTEXT_LENGTH} characters just after the quote;
   * empty when the quote ends the text.
   */
  suffix: string;
}

/**
 * Builds the `TextQuoteSelector` (exact + prefix + suffix) for the range
 * `[start, end)` of `text`, in UTF-16 code units, end exclusive — the same
 * offsets as the `TextPositionSelector` stored beside it.
 *
 * The context windows never begin or end in the middle of a surrogate pair:
 * a lone half would be invalid Unicode in the stored JSON and could never be
 * matched again, so it is dropped (the context is then one unit shorter).
 *
 * @throws {RangeError} when the offsets are not integers, `start < 0`,
 *   `end > text.length` or `start >= end` (an empty quote cannot be anchored).
 */
export function describeQuote(text: string, start: number, end: number): TextQuote {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    throw new RangeError(
      `Invalid quote range [${start}, ${end}) for a text of length ${text.length}`,
    );
  }

  let prefixStart = Math.max(0, start - QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;

  let suffixEnd = Math.min(text.length, end + QUOTE_CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;

  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  };
}

import { anchorQuote, describeQuote, QUOTE_CONTEXT_LENGTH } from "../anchoring";
import type { CodePointIndex } from "../text/code-points";
import type { ImportedClaim } from "./read-w3c-annotation";
import type { TW3cTextQuoteSelector } from "./w3c-import-schema";

/** Where an imported claim lands: a span of the text with its quote, or orphaned with the quote it came with. */
export type ImportedPlace =
  | { orphaned: false; start: number; end: number; exact: string; prefix: string; suffix: string }
  | { orphaned: true; start: 0; end: 0; exact: string; prefix: string; suffix: string };

/** An orphan's quote as stored: its context trimmed to what describeQuote keeps, no half pairs. */
function storedQuote({ exact, prefix = "", suffix = "" }: TW3cTextQuoteSelector) {
  return {
    exact,
    prefix: prefix.slice(-QUOTE_CONTEXT_LENGTH).replace(/^[\uDC00-\uDFFF]/, ""),
    suffix: suffix.slice(0, QUOTE_CONTEXT_LENGTH).replace(/[\uD800-\uDBFF]$/, ""),
  };
}

/**
 * Places an imported claim in `text`: its TextPositionSelector (code points, converted to UTF-16)
 * when the text there is its quote's `exact` (or it has no quote); else its quote anchored with
 * `anchorQuote` near that position (exact, then approximate above the minimum score). Null when
 * neither holds and there is no quote to orphan it with. This is the costly step of an import:
 * an unmatched long quote is a full approximate search of the text.
 */
export function locateImportedClaim(text: string, index: CodePointIndex, { position, quote }: Pick<ImportedClaim, "position" | "quote">): ImportedPlace | null {
  let hint: number | undefined;
  if (position && position.end <= index.length) {
    const start = index.toUtf16(position.start);
    const end = index.toUtf16(position.end);
    const covered = text.slice(start, end);
    hint = start;
    if (covered.trim() !== "" && (quote === null || covered === quote.exact)) return { orphaned: false, start, end, ...describeQuote(text, start, end) };
  }
  if (!quote) return null;
  const anchor = anchorQuote(text, quote, { hint });
  if (anchor && text.slice(anchor.start, anchor.end).trim() !== "") return { orphaned: false, start: anchor.start, end: anchor.end, ...describeQuote(text, anchor.start, anchor.end) };
  return { orphaned: true, start: 0, end: 0, ...storedQuote(quote) };
}

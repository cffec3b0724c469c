/**
 * Anchoring claims to an article's canonical text, the W3C Web Annotation way:
 * `describeQuote` builds the TextQuoteSelector stored beside the
 * TextPositionSelector; `anchorQuote` finds the quote again after the text
 * changed, or returns null so the caller can orphan the claim.
 *
 * Pure: no React, Node or database imports — runs in the browser and on the server.
 */
export { describeQuote, QUOTE_CONTEXT_LENGTH, type TextQuote } from "./describe-quote";
export {
  anchorQuote,
  DEFAULT_MIN_ANCHOR_SCORE,
  MIN_QUOTE_SIMILARITY,
  MIN_SHORT_QUOTE_CONTEXT_SIMILARITY,
  SHORT_QUOTE_LENGTH,
  type Anchor,
  type AnchorOptions,
  type QuoteSelector,
} from "./anchor-quote";
export { MAX_FULL_SEARCH_QUOTE_LENGTH } from "./find-approximate-matches";
export { reanchorClaim, reanchorClaims, type ClaimAnchor, type ReanchorOptions, type ReanchorResult } from "./reanchor-claim";
export { mapThroughEdit, type OffsetMap } from "./map-through-edit";

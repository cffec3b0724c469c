import { describeQuote, QUOTE_CONTEXT_LENGTH } from "./describe-quote";
import { findApproximateMatches } from "./find-approximate-matches";
import { findExactMatches } from "./find-exact-matches";
import { scoreCandidate, type QuoteEvidence, type ScoredCandidate } from "./score-candidate";

/**
 * Default minimum combined score (see `scoreCandidate`) for `anchorQuote` to
 * accept a location. Measured on every sentence of the demo article:
 * - 1–3 typos, context intact: 0.977–0.999;
 * - exact quote, context rewritten on one side: 0.78–0.87;
 * - exact quote, context rewritten on both sides: 0.63–0.71;
 * - the quote deleted and a look-alike (4–15 % of characters changed, so it
 *   can pass {@link MIN_QUOTE_SIMILARITY}) placed elsewhere: 0.46–0.62.
 * 0.75 keeps the first two and rejects the last two. Rejecting "both sides
 * rewritten" is deliberate: an exact hit with unrelated surroundings cannot
 * be told from a repetition or a moved sentence, so the claim is orphaned
 * (callers may pass a lower `minScore`, e.g. 0.6, to accept it).
 */
export const DEFAULT_MIN_ANCHOR_SCORE = 0.75;

/**
 * Minimum share of the quote that must survive (1 − errors / length): at
 * most 20 % of its characters edited, whatever the context says. Perfect
 * context (40 of 92 points) could otherwise carry a rewritten sentence over
 * the combined threshold.
 */
export const MIN_QUOTE_SIMILARITY = 0.8;

/**
 * Quotes shorter than this (one side of stored context) are not distinctive
 * on their own — "Alger", "les services secrets" recur in an article — so
 * both sides of their context must still be recognisable; see
 * {@link MIN_SHORT_QUOTE_CONTEXT_SIMILARITY}.
 */
export const SHORT_QUOTE_LENGTH = QUOTE_CONTEXT_LENGTH;

/**
 * For short quotes, minimum similarity of *each* stored context side. On the
 * demo article, deleting a short quote let an exact copy elsewhere anchor
 * with one side matching (a repeated phrase) and the other at ≤ 0.5; a
 * genuine short quote whose neighbouring word was edited keeps ≥ 0.63.
 * Longer quotes never anchored falsely that way, so they are exempt, which
 * keeps an exact sentence anchorable when one neighbour was rewritten. So is
 * an exact short quote that keeps one whole side verbatim: together they form
 * a run of ≥ {@link SHORT_QUOTE_LENGTH} characters (see `keepsVerbatimSide`).
 */
export const MIN_SHORT_QUOTE_CONTEXT_SIMILARITY = 0.6;

/** A `TextQuoteSelector` as stored; prefix and suffix are optional. */
export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Tuning for {@link anchorQuote}. */
export interface AnchorOptions {
  /** The quote's former start offset (its TextPositionSelector.start). */
  hint?: number;
  /** Overrides {@link DEFAULT_MIN_ANCHOR_SCORE}; the similarity floors still apply. */
  minScore?: number;
}

/** Where a quote was re-anchored: UTF-16 offsets, `end` exclusive. */
export interface Anchor {
  start: number;
  end: number;
  /** In [0, 1]; 1 = exact quote, matching context, at the hinted position. */
  score: number;
}

/**
 * Finds where a quote (W3C TextQuoteSelector) now lies in `text`, or returns
 * `null` when no location is convincing enough — the caller orphans the
 * claim rather than attach it to the wrong sentence.
 *
 * Candidates, all scored the same way (see `scoreCandidate`):
 * 1. every exact occurrence of `quote.exact` — an exact match with matching
 *    context at the hint scores 1 and is returned at once;
 * 2. approximate matches (approx-string-match, up to a quarter of the quote
 *    edited) in windows where the quote is expected: around `hint` and next
 *    to exact occurrences of the stored prefix / suffix. This finds a quote
 *    edited in place even when exact copies of it exist elsewhere;
 * 3. only when there is no exact occurrence, approximate matches across the
 *    whole text (quotes up to 1,000 characters; see
 *    `findApproximateMatches` for the long-quote guard).
 * Exact candidates win unless an edited one has clearly better context;
 * ties go to the candidate nearest the hint, then the earliest.
 *
 * A location is acceptable when its score ≥ `minScore`, its quote
 * similarity ≥ {@link MIN_QUOTE_SIMILARITY} and, for quotes shorter than
 * {@link SHORT_QUOTE_LENGTH}, each context side's similarity ≥
 * {@link MIN_SHORT_QUOTE_CONTEXT_SIMILARITY} (or one side verbatim). Only the
 * best-scoring location is judged: if it fails, a lower-ranked one is not
 * tried, because a weaker runner-up is more likely a look-alike than the lost
 * quote — except a short quote's runner-up that keeps a whole side verbatim
 * (see `keepsVerbatimSide`): a 2-character prefix at the top of the text
 * weighs as much as a 32-character suffix, so a look-alike can outscore it.
 */
export function anchorQuote(
  text: string,
  quote: QuoteSelector,
  options: AnchorOptions = {},
): Anchor | null {
  if (quote.exact.length === 0 || text.length === 0) return null;

  const minScore = options.minScore ?? DEFAULT_MIN_ANCHOR_SCORE;
  const hint = normaliseHint(options.hint, text.length);
  const evidence: QuoteEvidence = {
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    hint,
  };
  const isShort = quote.exact.length < SHORT_QUOTE_LENGTH;
  const accept = (c: ScoredCandidate | null): Anchor | null =>
    c &&
    c.score >= minScore &&
    c.quoteSimilarity >= MIN_QUOTE_SIMILARITY &&
    (!isShort ||
      c.contextSimilarity >= MIN_SHORT_QUOTE_CONTEXT_SIMILARITY ||
      keepsVerbatimSide(text, c, quote))
      ? { start: c.start, end: c.end, score: c.score }
      : null;

  const exact = findExactMatches(text, quote.exact).map((m) => scoreCandidate(text, m, evidence));
  const bestExact = best(exact, hint);
  // Nothing can beat a perfect score: skip the approximate search.
  if (bestExact && bestExact.score === 1) return accept(bestExact);

  const approximate = findApproximateMatches(text, quote.exact, {
    hint,
    prefix: quote.prefix,
    suffix: quote.suffix,
    wholeText: exact.length === 0,
  }).map((m) => scoreCandidate(text, m, evidence));
  const top = accept(best([...exact, ...approximate], hint));
  if (top || !isShort) return top;
  return accept(best(exact.filter((c) => keepsVerbatimSide(text, c, quote)), hint));
}

/**
 * Whether an exact candidate still has one stored context side verbatim (as
 * `describeQuote` would store it now) and, with it, forms a run of at least
 * {@link SHORT_QUOTE_LENGTH} characters — as telling as a long quote. Without
 * this, deleting the sentence before a short claim orphaned it although its
 * words and the 32 characters after them were untouched.
 */
function keepsVerbatimSide(text: string, c: ScoredCandidate, quote: QuoteSelector): boolean {
  if (text.slice(c.start, c.end) !== quote.exact) return false;
  const now = describeQuote(text, c.start, c.end);
  const verbatim = (stored: string | undefined, current: string) =>
    stored === current && quote.exact.length + current.length >= SHORT_QUOTE_LENGTH;
  return verbatim(quote.prefix, now.prefix) || verbatim(quote.suffix, now.suffix);
}

/** Highest score first; ties go to the candidate nearest the hint, then the earliest. */
function best(candidates: ScoredCandidate[], hint: number | undefined): ScoredCandidate | null {
  let top: ScoredCandidate | null = null;
  for (const c of candidates) if (!top || ranksAbove(c, top, hint)) top = c;
  return top;
}

function ranksAbove(a: ScoredCandidate, b: ScoredCandidate, hint: number | undefined): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (hint !== undefined) {
    const da = Math.abs(a.start - hint);
    const db = Math.abs(b.start - hint);
    if (da !== db) return da < db;
  }
  return a.start < b.start;
}

/** Ignores unusable hints (NaN, ±Infinity) and clamps the rest into the text. */
function normaliseHint(hint: number | undefined, textLength: number): number | undefined {
  if (hint === undefined || !Number.isFinite(hint)) return undefined;
  return Math.min(textLength, Math.max(0, Math.round(hint)));
}

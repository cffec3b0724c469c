import search from "approx-string-match";

import { QUOTE_CONTEXT_LENGTH } from "./describe-quote";
import type { QuoteMatch } from "./quote-match";

// Relative weights of the evidence, as in Hypothesis' match-quote.ts: the
// quote itself dominates, context on each side can outweigh a small
// difference in the quote, and position only breaks ties between otherwise
// equal candidates (a stale hint must not beat better context).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** What is known about the quote being anchored. */
export interface QuoteEvidence {
  exact: string;
  /** `undefined` = no context stored: scored on the other evidence only. */
  prefix?: string;
  suffix?: string;
  /** Former start offset, already clamped to the text. */
  hint?: number;
}

/** A candidate match with its similarity scores, all in [0, 1]. */
export interface ScoredCandidate {
  start: number;
  end: number;
  /** Weighted, normalised combination of the evidence; 1 = perfect. */
  score: number;
  /** 1 − errors / quote length: how much of the quote itself survived. */
  quoteSimilarity: number;
  /** Similarity of the weaker of the stored context sides (1 when none was stored). */
  contextSimilarity: number;
}

/**
 * Scores one candidate location for a quote, Hypothesis-style: weighted
 * similarity of the quote (50), the prefix (20), the suffix (20) and the
 * position relative to the hint (2), normalised to [0, 1].
 *
 * Differences from Hypothesis, both so that a score means the same thing
 * whatever the caller stored:
 * - an *empty* stored prefix/suffix means "the quote touched the edge of the
 *   text" (that is what `describeQuote` produces there), so it is compared
 *   with what now lies on that side instead of counting as a perfect match;
 * - a *missing* (`undefined`) prefix/suffix is left out of the weighting
 *   rather than counted as perfect, so a caller without context is judged
 *   on the quote alone instead of receiving free points.
 */
export function scoreCandidate(
  text: string,
  match: QuoteMatch,
  evidence: QuoteEvidence,
): ScoredCandidate {
  const quoteSimilarity = Math.max(0, 1 - match.errors / evidence.exact.length);

  let raw = QUOTE_WEIGHT * quoteSimilarity;
  let max = QUOTE_WEIGHT;
  let contextSimilarity = 1;

  if (evidence.prefix !== undefined) {
    const similarity = prefixSimilarity(text, match.start, evidence.prefix);
    raw += PREFIX_WEIGHT * similarity;
    max += PREFIX_WEIGHT;
    contextSimilarity = Math.min(contextSimilarity, similarity);
  }
  if (evidence.suffix !== undefined) {
    const similarity = suffixSimilarity(text, match.end, evidence.suffix);
    raw += SUFFIX_WEIGHT * similarity;
    max += SUFFIX_WEIGHT;
    contextSimilarity = Math.min(contextSimilarity, similarity);
  }

  // Without a hint every candidate is equally well placed (as in Hypothesis),
  // so an exact quote with matching context still scores 1.
  const position =
    evidence.hint === undefined || text.length === 0
      ? 1
      : 1 - Math.abs(match.start - evidence.hint) / text.length;
  raw += POSITION_WEIGHT * position;
  max += POSITION_WEIGHT;

  return {
    start: match.start,
    end: match.end,
    score: Math.min(1, Math.max(0, raw / max)),
    quoteSimilarity,
    contextSimilarity,
  };
}

function prefixSimilarity(text: string, start: number, prefix: string): number {
  if (prefix === "") return edgeSimilarity(start);
  return contextSimilarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

function suffixSimilarity(text: string, end: number, suffix: string): number {
  if (suffix === "") return edgeSimilarity(text.length - end);
  return contextSimilarity(text.slice(end, end + suffix.length), suffix);
}

/**
 * The quote was stored at an edge of the text; now `distance` characters lie
 * between the candidate and that edge. Each of them is one edit against the
 * empty context, out of the {@link QUOTE_CONTEXT_LENGTH} that would have been
 * stored — so "🚨 " added before a first sentence costs little, a whole new
 * paragraph costs everything.
 */
function edgeSimilarity(distance: number): number {
  return 1 - Math.min(distance, QUOTE_CONTEXT_LENGTH) / QUOTE_CONTEXT_LENGTH;
}

/**
 * How well the stored context matches the text next to the candidate,
 * 1 − (fewest edits to find `context` in `window`) / context length — the
 * approximate search Hypothesis uses, which tolerates the context having
 * shifted by a few characters.
 */
function contextSimilarity(window: string, context: string): number {
  if (window.length === 0) return 0;
  if (window.includes(context)) return 1;
  const [best] = search(window, context, context.length);
  return best ? Math.max(0, 1 - best.errors / context.length) : 0;
}

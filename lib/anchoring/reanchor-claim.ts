import { anchorQuote } from "./anchor-quote";
import { describeQuote, type TextQuote } from "./describe-quote";
import { mapThroughEdit } from "./map-through-edit";

/** A claim's stored selectors: TextPositionSelector (UTF-16, `end` exclusive) + TextQuoteSelector. */
export interface ClaimAnchor {
  start: number;
  end: number;
  quote: TextQuote;
}

/**
 * What happened to a claim when the text changed:
 * - `kept`: its old offsets still hold its quote (score 1);
 * - `moved`: the same words were found elsewhere;
 * - `requoted`: slightly reworded words were found; `quote` is the new wording;
 * - `orphaned`: no convincing location; offsets and quote are the old ones, score 0.
 *
 * Except when orphaned, `quote` is re-described on the new text (fresh prefix / suffix)
 * and `newText.slice(start, end) === quote.exact`.
 */
export type ReanchorResult = {
  outcome: "kept" | "moved" | "requoted" | "orphaned";
  start: number;
  end: number;
  quote: TextQuote;
  score: number;
};

/** Tuning for {@link reanchorClaim}. */
export interface ReanchorOptions {
  /**
   * Where the claim is expected to start in the new text (its old start mapped through the edit,
   * see `mapThroughEdit`); defaults to its old start.
   */
  hint?: number;
  /** Passed to `anchorQuote`; its default when omitted. */
  minScore?: number;
}

/**
 * Re-anchors one claim on a new revision of the article's canonical text.
 *
 * 1. The old offsets still hold the quote → `kept`, unless `anchorQuote` prefers
 *    an identical copy elsewhere (then `moved`): a repeated phrase shifted onto the
 *    old offsets must not capture the claim, and its context tells them apart.
 * 2. Otherwise `anchorQuote` (hint clamped into the new text, minimum score) →
 *    `moved` when the words are the same, `requoted` when they were edited.
 * 3. Otherwise a long quote found letter for letter exactly once → `moved` (its context may all
 *    have changed; the words alone are evidence enough).
 * 4. Otherwise `orphaned`, keeping the old offsets and quote so it can be re-attached.
 *
 * Never throws: an empty quote or text is orphaned; unusable old offsets (out of
 * the new text, NaN, reversed) only skip step 1 — the quote may still be found.
 */
export function reanchorClaim(
  newText: string,
  claim: ClaimAnchor,
  options: ReanchorOptions = {},
): ReanchorResult {
  const { start, end, quote } = claim;
  const orphaned: ReanchorResult = {
    outcome: "orphaned",
    start,
    end,
    quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    score: 0,
  };
  if (quote.exact.length === 0 || newText.length === 0) return orphaned;

  const stillThere = holdsQuote(newText, start, end, quote.exact);
  const kept = (fresh: TextQuote): ReanchorResult => ({ outcome: "kept", start, end, quote: fresh, score: 1 });
  // Same words and same context at the old offsets: nothing could score higher, so
  // skip the search (re-saving an article re-anchors all its claims).
  const fresh = stillThere ? describeQuote(newText, start, end) : null;
  if (fresh && fresh.prefix === quote.prefix && fresh.suffix === quote.suffix) return kept(fresh);
  // Same words and same context where the edit moved them (the hint): that copy scores 1, the
  // most any location can, and `anchorQuote` would pick it (ties go to the one at the hint).
  const shifted = options.hint !== undefined && options.hint !== start ? followedTheEdit(newText, claim, options.hint) : null;
  if (shifted) return shifted;

  const anchor = anchorQuote(newText, quote, {
    hint: clampHint(options.hint ?? start, newText.length),
    minScore: options.minScore,
  });
  if (fresh) {
    // The words are still there but their context changed: anchorQuote scored the
    // old offsets too, and prefers an identical copy elsewhere only when that
    // copy's context outweighs the old offsets' position — a repeated phrase
    // shifted onto the old offsets must not capture the claim.
    const elsewhere =
      anchor !== null &&
      (anchor.start !== start || anchor.end !== end) &&
      newText.slice(anchor.start, anchor.end) === quote.exact;
    if (!elsewhere) return kept(fresh);
  }
  if (!anchor) return uniqueExactMatch(newText, quote) ?? orphaned;

  const [s, e] = trimAddedWhitespace(newText, anchor.start, anchor.end, quote.exact);
  const found = newText.slice(s, e);
  // Only whitespace at the edges changed (a trimmed or added space): same words.
  const sameWords = found === quote.exact || found.trim() === quote.exact.trim();
  return {
    outcome: sameWords ? "moved" : "requoted",
    start: s,
    end: e,
    quote: describeQuote(newText, s, e),
    score: anchor.score,
  };
}

/**
 * Re-anchors every claim of an article on its new text; results by claim id, in the order given
 * (a Map iterates in insertion order). Each claim is first looked for where the edit from
 * `previousText` (the text its offsets refer to) moved it, else near its old start.
 */
export function reanchorClaims(
  newText: string,
  claims: readonly (ClaimAnchor & { id: number })[],
  { previousText, ...options }: Omit<ReanchorOptions, "hint"> & { previousText?: string } = {},
): Map<number, ReanchorResult> {
  const map = previousText === undefined ? null : mapThroughEdit(previousText, newText);
  const results = new Map<number, ReanchorResult>();
  for (const claim of claims) results.set(claim.id, reanchorClaim(newText, claim, { ...options, hint: map?.(claim.start) }));
  return results;
}

/**
 * Words long enough to say the same thing only once: a quote of this length found exactly once,
 * letter for letter, is the claim's own text even when both of its neighbours were rewritten
 * (a sentence inserted before it and the one after it deleted), which the context score alone
 * would orphan.
 */
export const DISTINCTIVE_QUOTE_LENGTH = 32;

function uniqueExactMatch(text: string, quote: TextQuote): ReanchorResult | null {
  if (quote.exact.trim().length < DISTINCTIVE_QUOTE_LENGTH) return null;
  const first = text.indexOf(quote.exact);
  if (first < 0 || text.indexOf(quote.exact, first + 1) >= 0) return null;
  const end = first + quote.exact.length;
  return { outcome: "moved", start: first, end, quote: describeQuote(text, first, end), score: 0.5 };
}

function followedTheEdit(text: string, { start, end, quote }: ClaimAnchor, hint: number): ReanchorResult | null {
  const at = Math.round(hint);
  const to = at + (end - start);
  if (!holdsQuote(text, at, to, quote.exact)) return null;
  const there = describeQuote(text, at, to);
  if (there.prefix !== quote.prefix || there.suffix !== quote.suffix) return null;
  return { outcome: "moved", start: at, end: to, quote: there, score: 1 };
}

function holdsQuote(text: string, start: number, end: number, exact: string): boolean {
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= text.length &&
    text.slice(start, end) === exact
  );
}

/** An old start past the end of a shortened text still says "near the end". */
function clampHint(hint: number, textLength: number): number | undefined {
  if (!Number.isFinite(hint)) return undefined;
  return Math.min(textLength, Math.max(0, Math.round(hint)));
}

/**
 * An approximate match may absorb a neighbouring space or line break (an edit
 * at the quote's edge ties with one just outside it); drop whitespace at an
 * edge where the quote had none, so a claim never starts or ends on a blank.
 */
function trimAddedWhitespace(text: string, start: number, end: number, exact: string): [number, number] {
  let s = start;
  let e = end;
  if (!/^\s/.test(exact)) while (s < e - 1 && /\s/.test(text[s])) s++;
  if (!/\s$/.test(exact)) while (e > s + 1 && /\s/.test(text[e - 1])) e--;
  return [s, e];
}

import search from "approx-string-match";

import { findExactMatches } from "./find-exact-matches";
import type { QuoteMatch } from "./quote-match";
import { splitsSurrogatePair } from "./splits-surrogate-pair";

/**
 * Quotes longer than this (UTF-16 code units) are never searched
 * approximately across the whole text, only inside bounded windows (see
 * {@link findApproximateMatches}). approx-string-match costs roughly
 * O(text × errors / 32) to find match ends plus O(quote² / 32) per match to
 * find its start, which adds up for long quotes on long texts; a claim is a
 * sentence or a paragraph, so 1,000 characters leaves plenty of room.
 */
export const MAX_FULL_SEARCH_QUOTE_LENGTH = 1000;

/** Upper bound on allowed edits whatever the quote length, as in Hypothesis. */
const MAX_ERRORS_CAP = 256;

/**
 * Extra room on each side of a search window, so that text inserted or
 * deleted around the expected position does not push the quote out of it.
 */
const WINDOW_SLACK = 64;

/** Length of the quote's head and tail used to locate long quotes. */
const PROBE_LENGTH = 32;

/** Shorter probes (e.g. a 3-character prefix at the top of the text) occur everywhere. */
const MIN_PROBE_LENGTH = 8;

/** Occurrences of each probe that open a window; bounds the work for common phrases. */
const MAX_OCCURRENCES_PER_PROBE = 4;

/** Hard bound on the windows searched for one quote. */
const MAX_WINDOWS = 16;

/** Where to look for approximate occurrences. */
export interface ApproximateSearchOptions {
  /** Former start offset of the quote; a window around it is always searched. */
  hint?: number;
  /** Stored context: its exact occurrences tell where the quote should be. */
  prefix?: string;
  suffix?: string;
  /**
   * Also search the whole text (quotes up to
   * {@link MAX_FULL_SEARCH_QUOTE_LENGTH} only). Pointless when exact matches
   * exist: approx-string-match keeps only the lowest-error matches, so it
   * would just return them again.
   */
  wholeText?: boolean;
}

/**
 * Number of edits a candidate may have: a quarter of the quote (the
 * acceptance rule in `anchorQuote` is stricter; searching a bit wider lets
 * the scorer see, and reject, near misses), capped at 256 like Hypothesis.
 */
export function maxErrorsFor(quoteLength: number): number {
  return Math.min(MAX_ERRORS_CAP, Math.floor(quoteLength / 4));
}

/**
 * Approximate occurrences of `quote` in `text` using approx-string-match
 * (Myers' bit-parallel algorithm), allowing {@link maxErrorsFor} edits.
 *
 * Always searched: bounded windows (about the quote's length plus slack) at
 * the positions where the quote is expected — the hint, and just after / just
 * before exact occurrences of the stored prefix / suffix. approx-string-match
 * returns only the matches with the fewest errors, so a whole-text search
 * hides an edited quote at its old place behind a look-alike (or an exact
 * repetition) elsewhere; the windows bring it back and the scorer decides.
 *
 * With `wholeText`, quotes up to {@link MAX_FULL_SEARCH_QUOTE_LENGTH} are
 * also searched across the whole text. Longer quotes never are (cost guard);
 * instead, windows are also opened at exact occurrences of their first and
 * last 32 characters. A long quote whose head, tail and context all changed,
 * and whose hint is stale, is therefore not found: the claim is orphaned
 * rather than the page stalling.
 *
 * Results are deduplicated, and widened so as not to split surrogate pairs.
 */
export function findApproximateMatches(
  text: string,
  quote: string,
  options: ApproximateSearchOptions = {},
): QuoteMatch[] {
  const maxErrors = maxErrorsFor(quote.length);
  // With no edits allowed an approximate search is an exact one, already done.
  if (maxErrors === 0 || text.length === 0) return [];

  const found: QuoteMatch[] = [];
  if (options.wholeText && quote.length <= MAX_FULL_SEARCH_QUOTE_LENGTH) {
    found.push(...search(text, quote, maxErrors));
  }

  const expectedStarts = [
    ...(options.hint === undefined ? [] : [options.hint]),
    ...expectedStartsFromProbes(text, quote, options),
  ];
  for (const [from, to] of toWindows(expectedStarts, quote.length, maxErrors, text.length)) {
    for (const m of search(text.slice(from, to), quote, maxErrors)) {
      found.push({ start: m.start + from, end: m.end + from, errors: m.errors });
    }
  }

  return dedupe(found.map((m) => widenToCodePoints(text, m)));
}

/** Start offsets the quote would have if each probe occurrence were part of it. */
function expectedStartsFromProbes(
  text: string,
  quote: string,
  { prefix, suffix }: ApproximateSearchOptions,
): number[] {
  const starts: number[] = [];
  for (const at of firstOccurrences(text, prefix)) starts.push(at + (prefix?.length ?? 0));
  for (const at of firstOccurrences(text, suffix)) starts.push(at - quote.length);
  if (quote.length > MAX_FULL_SEARCH_QUOTE_LENGTH) {
    const tail = quote.slice(-PROBE_LENGTH);
    for (const at of firstOccurrences(text, quote.slice(0, PROBE_LENGTH))) starts.push(at);
    for (const at of firstOccurrences(text, tail)) starts.push(at + tail.length - quote.length);
  }
  return starts;
}

/** Where `probe` occurs, if it is long enough to be telling; bounded for common phrases. */
function firstOccurrences(text: string, probe: string | undefined): number[] {
  if (!probe || probe.length < MIN_PROBE_LENGTH) return [];
  return findExactMatches(text, probe)
    .slice(0, MAX_OCCURRENCES_PER_PROBE)
    .map((m) => m.start);
}

/** Merged, clamped [from, to) windows around the expected starts, at most {@link MAX_WINDOWS}. */
function toWindows(
  expectedStarts: number[],
  quoteLength: number,
  maxErrors: number,
  textLength: number,
): Array<[number, number]> {
  const margin = maxErrors + WINDOW_SLACK;
  const windows = expectedStarts
    .slice(0, MAX_WINDOWS)
    .map((s): [number, number] => [
      Math.max(0, s - margin),
      Math.min(textLength, s + quoteLength + margin),
    ])
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);

  const merged: Array<[number, number]> = [];
  for (const w of windows) {
    const last = merged[merged.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else merged.push(w);
  }
  return merged;
}

/**
 * An approximate match may start or end inside a surrogate pair (e.g. when
 * an emoji was edited); widen it to whole characters so the caller never
 * highlights half an emoji.
 */
function widenToCodePoints(text: string, m: QuoteMatch): QuoteMatch {
  const start = splitsSurrogatePair(text, m.start) ? m.start - 1 : m.start;
  const end = splitsSurrogatePair(text, m.end) ? m.end + 1 : m.end;
  return { start, end, errors: m.errors };
}

function dedupe(matches: QuoteMatch[]): QuoteMatch[] {
  const byRange = new Map<string, QuoteMatch>();
  for (const m of matches) {
    const key = `${m.start}:${m.end}`;
    const seen = byRange.get(key);
    if (!seen || m.errors < seen.errors) byRange.set(key, m);
  }
  return [...byRange.values()];
}

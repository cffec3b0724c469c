import type { QuoteMatch } from "./quote-match";

/**
 * Every occurrence of `quote` in `text`, overlapping ones included (a quote
 * like "aa" in "aaa" has two), in text order. Empty quote → no matches.
 *
 * This is the cheap first pass: `indexOf` is far faster than approximate
 * matching, and approx-string-match does not short-circuit exact hits itself.
 */
export function findExactMatches(text: string, quote: string): QuoteMatch[] {
  const matches: QuoteMatch[] = [];
  if (quote.length === 0) return matches;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    matches.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return matches;
}

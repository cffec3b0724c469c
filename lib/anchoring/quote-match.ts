/**
 * A place in the text where the quote was found, before scoring.
 * Offsets are UTF-16 code units, `end` exclusive.
 */
export interface QuoteMatch {
  start: number;
  end: number;
  /** Edit distance (insertions, deletions, substitutions) between the quote and `text.slice(start, end)`. */
  errors: number;
}

/** The least a claim needs to be drawn in the text: its number and its span. */
export type SpannedClaim = { number: number; start: number; end: number; orphaned: boolean };

/** A run of text covered by the same claims (outermost first), and the claims that end with it. */
export type TextPiece<C extends SpannedClaim> = { text: string; start: number; end: number; claims: C[]; ending: C[] };

/** One paragraph of the canonical text (blocks are separated by a blank line). */
export type TextParagraph<C extends SpannedClaim> = { start: number; pieces: TextPiece<C>[] };

function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (let at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", start)) {
    ranges.push({ start, end: at });
    start = at + 2;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((range) => range.end > range.start);
}

/**
 * Cuts the canonical text into paragraphs, and each paragraph at every claim boundary, so that
 * overlapping claims can be drawn as nested marks around each piece. Orphaned claims and spans
 * outside the text are left out; a claim's number belongs after the piece it ends with.
 */
export function splitClaimSpans<C extends SpannedClaim>(text: string, claims: C[]): TextParagraph<C>[] {
  const placed = claims
    .filter((claim) => !claim.orphaned && claim.start < claim.end && claim.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.number - b.number);
  return paragraphRanges(text).map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const claim of placed) {
      if (claim.start > paragraph.start && claim.start < paragraph.end) cuts.add(claim.start);
      if (claim.end > paragraph.start && claim.end < paragraph.end) cuts.add(claim.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = points.slice(0, -1).map((start, i) => {
      const end = points[i + 1];
      const covering = placed.filter((claim) => claim.start < end && claim.end > start);
      // A claim that ends inside the blank line between paragraphs still gets its number.
      const ending = covering.filter((claim) => claim.end === end || (end === paragraph.end && claim.end > end && claim.end <= end + 2));
      return { text: text.slice(start, end), start, end, claims: covering, ending };
    });
    return { start: paragraph.start, pieces };
  });
}

/** The least a claim needs to be drawn in the text: its number and its span. */
export type SpannedClaim = { number: number; start: number; end: number; orphaned: boolean };

/** A run of text covered by the same claims (outermost first), and the claims that end with it. */
export type TextPiece<C extends SpannedClaim> = { text: string; start: number; end: number; claims: C[]; ending: C[] };

/** One paragraph of the canonical text (blocks are separated by a blank line). */
export type TextParagraph<C extends SpannedClaim> = { start: number; pieces: TextPiece<C>[] };

type Range = { start: number; end: number };

function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (let at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", start)) {
    ranges.push({ start, end: at });
    start = at + 2;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((range) => range.end > range.start);
}

/**
 * For ranges visited left to right, the claims (sorted by start) that overlap each one, in their
 * sorted order. A claim enters once its start is passed and leaves for good once a range starts
 * at or after its end, so a whole walk costs the claims plus the overlaps, not claims × ranges.
 * Each call returns a new array, never changed afterwards.
 */
function overlapWalker<C extends SpannedClaim>(sorted: C[]): (range: Range) => C[] {
  let next = 0;
  let open: C[] = [];
  return ({ start, end }) => {
    const overlapping = open.filter((claim) => claim.end > start);
    for (; next < sorted.length && sorted[next].start < end; next++) {
      if (sorted[next].end > start) overlapping.push(sorted[next]);
    }
    open = overlapping;
    return overlapping;
  };
}

/** Where the paragraph is cut: its edges and every claim start or end strictly inside it. */
function cutPoints(paragraph: Range, claims: SpannedClaim[]): number[] {
  const cuts = new Set([paragraph.start, paragraph.end]);
  for (const claim of claims) {
    if (claim.start > paragraph.start && claim.start < paragraph.end) cuts.add(claim.start);
    if (claim.end > paragraph.start && claim.end < paragraph.end) cuts.add(claim.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

function splitParagraph<C extends SpannedClaim>(text: string, paragraph: Range, claims: C[]): TextParagraph<C> {
  const points = cutPoints(paragraph, claims);
  const covering = overlapWalker(claims);
  const pieces = points.slice(0, -1).map((start, i) => {
    const end = points[i + 1];
    const claimsHere = covering({ start, end });
    // A claim that ends inside the blank line between paragraphs still gets its number.
    const ending = claimsHere.filter((claim) => claim.end === end || (end === paragraph.end && claim.end > end && claim.end <= end + 2));
    return { text: text.slice(start, end), start, end, claims: claimsHere, ending };
  });
  return { start: paragraph.start, pieces };
}

/**
 * Cuts the canonical text into paragraphs, and each paragraph at every claim boundary, so that
 * overlapping claims can be drawn as nested marks around each piece. Orphaned claims and spans
 * outside the text are left out; a claim's number belongs after the piece it ends with.
 * Runs in about (claims + paragraphs + pieces × nesting depth), so long articles stay cheap.
 */
export function splitClaimSpans<C extends SpannedClaim>(text: string, claims: C[]): TextParagraph<C>[] {
  const placed = claims
    .filter((claim) => !claim.orphaned && claim.start < claim.end && claim.end <= text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.number - b.number);
  const inParagraph = overlapWalker(placed);
  return paragraphRanges(text).map((paragraph) => splitParagraph(text, paragraph, inParagraph(paragraph)));
}

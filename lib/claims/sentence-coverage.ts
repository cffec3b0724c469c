import { CLAIM_STATUSES, STATUS_SEVERITY, type ClaimStatus } from "./statuses";

type Span = { start: number; end: number };

/** How many of an article's sentences carry a claim, split by the sentence's most serious status. */
export type SentenceCoverage = {
  sentences: number;
  tagged: number;
  byStatus: Record<ClaimStatus, number>;
};

/** Index of the first sentence that ends after `offset` (sentences sorted, not overlapping). */
function firstSentenceEndingAfter(sentences: Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Marks, for each sentence, the most serious status among the claims that overlap it.
 * Returns an array parallel to `sentences` (null where no claim touches the sentence).
 */
export function sentenceStatuses(sentences: Span[], claims: (Span & { status: ClaimStatus })[]): (ClaimStatus | null)[] {
  const worst: (ClaimStatus | null)[] = new Array(sentences.length).fill(null);
  for (const claim of claims) {
    for (let i = firstSentenceEndingAfter(sentences, claim.start); i < sentences.length && sentences[i].start < claim.end; i++) {
      const current = worst[i];
      if (current === null || STATUS_SEVERITY[claim.status] > STATUS_SEVERITY[current]) worst[i] = claim.status;
    }
  }
  return worst;
}

/**
 * Counts sentences touched by at least one claim. A sentence overlapped by claims of several
 * statuses counts once, under the most serious status (disputed > unsourced > sourced).
 */
export function sentenceCoverage(sentences: Span[], claims: (Span & { status: ClaimStatus })[]): SentenceCoverage {
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  let tagged = 0;
  for (const status of sentenceStatuses(sentences, claims)) {
    if (status === null) continue;
    tagged += 1;
    byStatus[status] += 1;
  }
  return { sentences: sentences.length, tagged, byStatus };
}

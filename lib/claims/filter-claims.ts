import type { Claim, CommentThread, Source } from "../api/dto";
import { isThreadOpen } from "../comments/is-thread-open";
import { foldForSearch } from "../text/fold-for-search";
import type { ClaimStatus } from "./statuses";

/** What the sidebar narrows the claims to; every criterion is optional. */
export type ClaimFilter = {
  status: ClaimStatus | null;
  authorId: string | null;
  openThread: boolean;
  sourcedWithoutSource: boolean;
  query: string;
};

export const NO_FILTER: ClaimFilter = { status: null, authorId: null, openThread: false, sourcedWithoutSource: false, query: "" };

export type ReviewIndex = { threadsByClaim: Record<number, CommentThread[]>; sourcesByClaim: Record<number, Source[]> };

export function hasOpenThread(claim: Pick<Claim, "id">, review: ReviewIndex): boolean {
  return (review.threadsByClaim[claim.id] ?? []).some(isThreadOpen);
}

export function lacksSource(claim: Pick<Claim, "id" | "status">, review: ReviewIndex): boolean {
  return claim.status === "sourced" && (review.sourcesByClaim[claim.id] ?? []).length === 0;
}

/** Everything a search looks through for one claim: its quote, note, comments and sources. */
function searchableText(claim: Claim, review: ReviewIndex): string {
  const comments = (review.threadsByClaim[claim.id] ?? []).flatMap((thread) => [thread.body, ...thread.replies.map((reply) => reply.body)]);
  const sources = (review.sourcesByClaim[claim.id] ?? []).flatMap((source) => [source.title, source.excerpt, source.note]);
  return foldForSearch([claim.quote.exact, claim.note, ...comments, ...sources].join("\n"));
}

function matchesWords(words: string[], text: () => string): boolean {
  if (words.length === 0) return true;
  const haystack = text();
  return words.every((word) => haystack.includes(word));
}

/**
 * The claims that pass every criterion of the filter except, when `ignoreStatus` is set, the
 * status (so the status chips can show how many claims of each status the rest of the filter
 * leaves).
 */
export function filterClaims(claims: Claim[], filter: ClaimFilter, review: ReviewIndex, { ignoreStatus = false } = {}): Claim[] {
  const words = foldForSearch(filter.query).split(/\s+/).filter(Boolean);
  return claims.filter(
    (claim) =>
      (ignoreStatus || filter.status === null || claim.status === filter.status) &&
      (filter.authorId === null || claim.author?.id === filter.authorId) &&
      (!filter.openThread || hasOpenThread(claim, review)) &&
      (!filter.sourcedWithoutSource || lacksSource(claim, review)) &&
      matchesWords(words, () => searchableText(claim, review)),
  );
}

/** True when the filter narrows anything. */
export function isFiltering(filter: ClaimFilter): boolean {
  return filter.status !== null || filter.authorId !== null || filter.openThread || filter.sourcedWithoutSource || filter.query.trim() !== "";
}

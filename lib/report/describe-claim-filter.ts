import type { ClaimFilter } from "../claims/filter-claims";
import { isFiltering } from "../claims/filter-claims";

/**
 * The filter in words for a report's header, e.g. `status: disputed; tagged by Rita Reviewer;
 * with an open thread; matching “Alger”`, or null when the filter narrows nothing. `authorName`
 * names the person of `authorId` (the id itself is shown when it names nobody known).
 */
export function describeClaimFilter(filter: ClaimFilter, authorName: (id: string) => string | null): string | null {
  if (!isFiltering(filter)) return null;
  const parts: string[] = [];
  if (filter.status) parts.push(`status: ${filter.status}`);
  if (filter.authorId !== null) parts.push(`tagged by ${authorName(filter.authorId) ?? filter.authorId}`);
  if (filter.openThread) parts.push("with an open thread");
  if (filter.sourcedWithoutSource) parts.push("sourced without a source");
  const query = filter.query.trim().replace(/\s+/g, " ");
  if (query) parts.push(`matching “${query}”`);
  return parts.join("; ");
}

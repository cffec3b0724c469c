import type { ClaimFilter } from "../claims/filter-claims";

/** The query parameters that ask a report for `filter`'s claims (none for no filter). */
export function reportFilterParams(filter: ClaimFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.authorId) params.set("author", filter.authorId);
  if (filter.openThread) params.set("openThread", "1");
  if (filter.sourcedWithoutSource) params.set("sourcedWithoutSource", "1");
  if (filter.query.trim()) params.set("q", filter.query.trim());
  return params;
}

"use client";

import type { PersonRef } from "@/lib/api/dto";
import { isFiltering, NO_FILTER, type ClaimFilter } from "@/lib/claims/filter-claims";
import { CLAIM_STATUSES, STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";

type Props = {
  filter: ClaimFilter;
  /** Claims per status among those the rest of the filter leaves. */
  counts: Record<ClaimStatus, number> & { all: number };
  authors: PersonRef[];
  onChange: (filter: ClaimFilter) => void;
};

/** Narrow the claims: by status, author, open thread, missing source, or words anywhere in them. */
export function ClaimFilters({ filter, counts, authors, onChange }: Props) {
  const set = (changes: Partial<ClaimFilter>) => onChange({ ...filter, ...changes });
  return (
    <div className="claim-filters">
      <input
        type="search"
        className="filter-search"
        aria-label="Search claims, notes, comments and sources"
        placeholder="Search claims, notes, comments…"
        value={filter.query}
        onChange={(e) => set({ query: e.target.value })}
      />
      <div className="filter-row" role="group" aria-label="Filter claims by status">
        <button type="button" className="chip" aria-pressed={filter.status === null} onClick={() => set({ status: null })}>
          All <span className="count">{counts.all}</span>
        </button>
        {CLAIM_STATUSES.map((status) => (
          <button key={status} type="button" className={`chip chip--${status}`} aria-pressed={filter.status === status} onClick={() => set({ status: filter.status === status ? null : status })}>
            <span aria-hidden="true">{STATUS_META[status].icon}</span> {STATUS_META[status].label} <span className="count">{counts[status]}</span>
          </button>
        ))}
      </div>
      <div className="filter-more">
        <label>
          Tagged by{" "}
          <select value={filter.authorId ?? ""} onChange={(e) => set({ authorId: e.target.value || null })}>
            <option value="">anyone</option>
            {authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={filter.openThread} onChange={(e) => set({ openThread: e.target.checked })} /> Has open thread
        </label>
        <label>
          <input type="checkbox" checked={filter.sourcedWithoutSource} onChange={(e) => set({ sourcedWithoutSource: e.target.checked })} /> Sourced without source
        </label>
        {isFiltering(filter) ? (
          <button type="button" className="link-like" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        ) : null}
      </div>
    </div>
  );
}

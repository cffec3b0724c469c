"use client";

import { useEffect, useRef } from "react";
import type { Claim } from "@/lib/api/dto";
import { CLAIM_STATUSES, STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";
import type { SentenceCoverage } from "@/lib/claims/sentence-coverage";
import { CoverageBar } from "@/components/ui/CoverageBar";
import { ClaimByline } from "./ClaimByline";
import { StatusBadge } from "./StatusBadge";

type Props = {
  claims: Claim[];
  /** The article's language: quotes are set in its quotation marks. */
  language: string;
  coverage: SentenceCoverage;
  filter: ClaimStatus | null;
  activeId: number | null;
  onFilter: (status: ClaimStatus | null) => void;
  onSelect: (claim: Claim) => void;
};

function quotePreview(exact: string): string {
  const flat = exact.replace(/\s+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

/** Claims in text order with their status and quote, counts per status, and a status filter. */
export function ClaimSidebar({ claims, language, coverage, filter, activeId, onFilter, onSelect }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const counts = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, claims.filter((c) => c.status === s).length])) as Record<ClaimStatus, number>;
  const shown = filter ? claims.filter((c) => c.status === filter) : claims;

  useEffect(() => {
    if (activeId === null) return;
    listRef.current?.querySelector(`[data-claim-id="${activeId}"]`)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  return (
    <aside className="sidebar" aria-label="Claims">
      <h2 className="sidebar-title">Claims</h2>
      <CoverageBar coverage={coverage} label="Sentences tagged" />
      <div className="filter-row" role="group" aria-label="Filter claims by status">
        <button type="button" className="chip" aria-pressed={filter === null} onClick={() => onFilter(null)}>
          All <span className="count">{claims.length}</span>
        </button>
        {CLAIM_STATUSES.map((status) => (
          <button key={status} type="button" className={`chip chip--${status}`} aria-pressed={filter === status} onClick={() => onFilter(filter === status ? null : status)}>
            <span aria-hidden="true">{STATUS_META[status].icon}</span> {STATUS_META[status].label} <span className="count">{counts[status]}</span>
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="empty">{claims.length === 0 ? "No claims yet. Select a sentence and tag it." : "No claims with this status."}</p>
      ) : (
        <ol className="claim-list" ref={listRef} lang={language}>
          {shown.map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                className={`claim-item claim-item--${claim.status}`}
                data-claim-id={claim.id}
                aria-current={claim.id === activeId ? "true" : undefined}
                onClick={() => onSelect(claim)}
              >
                <StatusBadge status={claim.status} />
                <q className="claim-quote">{quotePreview(claim.quote.exact)}</q>
                <ClaimByline claim={claim} />
              </button>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

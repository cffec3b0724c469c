"use client";

import { useEffect, useRef } from "react";
import type { Claim } from "@/lib/api/dto";
import type { SentenceCoverage } from "@/lib/claims/sentence-coverage";
import { CoverageBar } from "@/components/ui/CoverageBar";
import { ClaimByline } from "./ClaimByline";
import { StatusBadge } from "./StatusBadge";

type Props = {
  /** The claims to list (already filtered), in text order. */
  claims: Claim[];
  totalClaims: number;
  /** The article's language: quotes are set in its quotation marks. */
  language: string;
  coverage: SentenceCoverage;
  activeId: number | null;
  flags: (claim: Claim) => { openThread: boolean; missingSource: boolean; followed: "moved" | "requoted" | null };
  filters: React.ReactNode;
  detail: React.ReactNode;
  /** Claims whose text is gone, shown apart below the list. */
  orphaned: React.ReactNode;
  onSelect: (claim: Claim) => void;
};

function quotePreview(exact: string): string {
  const flat = exact.replace(/\s+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}

/** Progress, filters and the claims in text order, or the selected claim's details. */
export function ClaimSidebar({ claims, totalClaims, language, coverage, activeId, flags, filters, detail, orphaned, onSelect }: Props) {
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (activeId === null) return;
    listRef.current?.querySelector(`[data-claim-id="${activeId}"]`)?.scrollIntoView({ block: "nearest" });
  }, [activeId]);

  return (
    <aside className="sidebar" aria-label="Claims">
      <h2 className="sidebar-title">Claims</h2>
      <CoverageBar coverage={coverage} label="Sentences tagged" />
      {detail ?? (
        <>
          {filters}
          {claims.length === 0 ? (
            <p className="empty">{totalClaims === 0 ? "No claims yet. Select a sentence and tag it." : "No claims match the filter."}</p>
          ) : (
            <ol className="claim-list" ref={listRef} lang={language}>
              {claims.map((claim) => {
                const { openThread, missingSource, followed } = flags(claim);
                return (
                  <li key={claim.id}>
                    <button type="button" className={`claim-item claim-item--${claim.status}`} data-claim-id={claim.id} aria-current={claim.id === activeId ? "true" : undefined} onClick={() => onSelect(claim)}>
                      <span className="claim-item-head">
                        <StatusBadge status={claim.status} />
                        {openThread ? <span className="flag flag--thread">open thread</span> : null}
                        {missingSource ? <span className="flag flag--warning">sourced, but no source given</span> : null}
                        {followed ? <span className="flag flag--moved">{followed === "moved" ? "moved with the text" : "wording changed"}</span> : null}
                      </span>
                      <q className="claim-quote">{quotePreview(claim.quote.exact)}</q>
                      <ClaimByline claim={claim} />
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
          {orphaned}
        </>
      )}
    </aside>
  );
}

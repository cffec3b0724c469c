"use client";

import type { Claim } from "@/lib/api/dto";
import { StatusBadge } from "./StatusBadge";

type Props = {
  claims: Claim[];
  language: string;
  canTag: boolean;
  hasSelection: boolean;
  onReattach: (claim: Claim) => void;
  onClose: (claim: Claim) => void;
};

/**
 * Claims whose text is gone from the current revision: kept with their last quote, status, sources
 * and comments, shown apart, until someone re-attaches them to new text or closes them.
 */
export function OrphanedClaims({ claims, language, canTag, hasSelection, onReattach, onClose }: Props) {
  if (claims.length === 0) return null;
  return (
    <section className="orphaned" aria-labelledby="orphaned-title">
      <h3 id="orphaned-title" className="detail-heading">
        Orphaned claims ({claims.length})
      </h3>
      <p className="hint">Their text is no longer in the article. Select the text where a claim belongs now and re-attach it, or close it.</p>
      <ul className="orphaned-list" lang={language}>
        {claims.map((claim) => (
          <li key={claim.id} className="orphaned-item">
            <StatusBadge status={claim.status} />
            <q className="claim-quote">{claim.quote.exact}</q>
            {canTag ? (
              <span className="orphaned-actions">
                <button type="button" className="button" disabled={!hasSelection} onClick={() => onReattach(claim)} aria-label={`Re-attach to selection: ${claim.quote.exact.slice(0, 60)}`}>
                  Re-attach to selection
                </button>
                <button type="button" className="button" onClick={() => onClose(claim)} aria-label={`Close orphaned claim: ${claim.quote.exact.slice(0, 60)}`}>
                  Close
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

"use client";

import type { Claim } from "@/lib/api/dto";
import { CLAIM_STATUSES, STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";
import { ClaimByline } from "./ClaimByline";

type Props = {
  selectionText: string | null;
  activeClaim: Claim | null;
  /** Why this person cannot tag, or null when they can. */
  readOnlyReason: string | null;
  onTag: (status: ClaimStatus) => void;
  onClear: () => void;
};

function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 140 ? `${flat.slice(0, 137)}…` : flat;
}

/** The tagging controls: one button per status (keys 1–3) and Clear (Delete). */
export function TagToolbar({ selectionText, activeClaim, readOnlyReason, onTag, onClear }: Props) {
  const hasSelection = selectionText !== null;
  const activeStatus = activeClaim?.status ?? null;
  const canTag = readOnlyReason === null;
  return (
    <div className="tag-toolbar" role="toolbar" aria-label="Tag the selection">
      <p className="selection-preview" aria-live="polite">
        {hasSelection ? (
          <>
            <span className="visually-hidden">{activeStatus ? `Selected claim, ${STATUS_META[activeStatus].label}: ` : "Selected: "}</span>
            <q>{preview(selectionText)}</q>
            {activeClaim ? <ClaimByline claim={activeClaim} /> : null}
          </>
        ) : (
          <span className="hint">Click a sentence, drag over a phrase, or press J / K to select.</span>
        )}
      </p>
      <div className="tag-buttons">
        {CLAIM_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`button tag-button tag-button--${status}`}
            disabled={!hasSelection || !canTag}
            aria-pressed={activeStatus === status}
            aria-keyshortcuts={STATUS_META[status].key}
            onClick={() => onTag(status)}
          >
            <span className="status-icon" aria-hidden="true">
              {STATUS_META[status].icon}
            </span>
            {STATUS_META[status].label}
            <kbd aria-hidden="true">{STATUS_META[status].key}</kbd>
          </button>
        ))}
        <button type="button" className="button" disabled={activeStatus === null || !canTag} aria-keyshortcuts="Delete" onClick={onClear}>
          Clear
          <kbd aria-hidden="true">Del</kbd>
        </button>
      </div>
      {readOnlyReason ? <p className="hint">{readOnlyReason}</p> : null}
    </div>
  );
}

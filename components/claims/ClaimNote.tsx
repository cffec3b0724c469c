"use client";

import { useEffect, useState } from "react";
import { MAX_NOTE } from "@/lib/api/limits";

/** The claim's rationale ("anonymous sources only"), editable by those who tag. */
export function ClaimNote({ claimId, note, canEdit, onSave }: { claimId: number; note: string; canEdit: boolean; onSave: (note: string) => void }) {
  const [draft, setDraft] = useState(note);
  useEffect(() => setDraft(note), [note, claimId]);
  if (!canEdit) return note ? <p className="claim-note">{note}</p> : <p className="hint">No note.</p>;
  const changed = draft !== note;
  return (
    <form
      className="claim-note-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (changed) onSave(draft.trim());
      }}
    >
      <label htmlFor={`claim-note-${claimId}`}>Note</label>
      <textarea
        id={`claim-note-${claimId}`}
        rows={2}
        maxLength={MAX_NOTE}
        placeholder="Why this status? e.g. “anonymous sources only”"
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
      />
      <button type="submit" className="button" disabled={!changed}>
        Save note
      </button>
    </form>
  );
}

"use client";

import { useEffect, useState } from "react";
import { MAX_NOTE } from "@/lib/api/limits";

type Props = {
  claimId: number;
  note: string;
  /** A note the person saved that the server refused: it stays in the field rather than being lost. */
  refusedNote?: string | null;
  canEdit: boolean;
  onSave: (note: string) => void;
};

/** The claim's rationale ("anonymous sources only"), editable by those who tag. */
export function ClaimNote({ claimId, note, refusedNote = null, canEdit, onSave }: Props) {
  const [draft, setDraft] = useState(refusedNote ?? note);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setDraft(refusedNote ?? note), [claimId]);
  // The note shown follows the claim, except after a refusal: then the screen shows the saved
  // note again, but the field keeps what the person wrote.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (refusedNote === null) setDraft(note);
  }, [note]);
  if (!canEdit) return note ? <p className="claim-note">{note}</p> : <p className="hint">No note.</p>;
  const changed = draft !== note;
  const keptAfterRefusal = refusedNote !== null && draft === refusedNote && changed;
  const hintId = `claim-note-${claimId}-refused`;
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
        aria-describedby={keptAfterRefusal ? hintId : undefined}
        onChange={(e) => setDraft(e.target.value)}
      />
      {keptAfterRefusal ? (
        <p id={hintId} className="form-error">
          This note was not saved. Your text is kept here: save it again or change it.
        </p>
      ) : null}
      <button type="submit" className="button" disabled={!changed}>
        Save note
      </button>
    </form>
  );
}

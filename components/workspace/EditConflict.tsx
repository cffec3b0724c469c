"use client";

import type { EditConflict as Conflict } from "./use-article-edit";

/** A save refused because someone saved first: their version wins; ours stays here to re-apply. */
export function EditConflict({ conflict }: { conflict: Conflict }) {
  return (
    <div role="alert" className="notice notice--error edit-conflict">
      <p>
        <strong>Not saved: conflict.</strong> {conflict.message}
      </p>
      <label htmlFor="my-unsaved-text">Your unsaved text (copy it to re-apply your changes after reloading)</label>
      <textarea id="my-unsaved-text" readOnly rows={6} value={conflict.myText} />
      <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
        Reload the latest version
      </button>
    </div>
  );
}

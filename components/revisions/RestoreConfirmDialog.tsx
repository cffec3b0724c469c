"use client";

import { useEffect, useRef } from "react";
import type { RestorePreview } from "@/lib/api/dto";
import { describeRestorePreview } from "./describe-restore-preview";
import styles from "./revisions.module.css";

type Props = {
  /** The dry run to confirm; null keeps the dialog closed. */
  preview: RestorePreview | null;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * Asks before a restore, saying what it will do to the claims (from the dry run). A modal
 * dialog: the browser traps focus and closes it on Escape; Cancel has the focus first, so Enter
 * alone never restores.
 */
export function RestoreConfirmDialog({ preview, pending, error, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (preview && !dialog.open) dialog.showModal();
    if (!preview && dialog.open) dialog.close();
  }, [preview]);

  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby="restore-title"
      aria-describedby="restore-effect"
      // Escape while the restore runs would hide a result (or a refusal) still to come.
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
      onClose={onCancel}
    >
      {preview ? (
        <>
          <h2 id="restore-title">Restore revision {preview.number}?</h2>
          <p id="restore-effect">
            Its text becomes revision {preview.baseRevision + 1}, the newest. Revision {preview.baseRevision} and every earlier one stay in the history.
          </p>
          <ul aria-label="What happens to the claims">
            {describeRestorePreview(preview).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {error ? (
            <p role="alert" className="form-error">
              {error}
            </p>
          ) : null}
          <div className={styles.dialogActions}>
            <button type="button" className="button" autoFocus onClick={onCancel}>
              Cancel
            </button>
            <button type="button" className="button button-primary" aria-disabled={pending || undefined} onClick={onConfirm}>
              Restore revision {preview.number}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { describeError } from "@/components/review/review-api";
import styles from "./comments.module.css";

/**
 * "Delete", then "Confirm delete" / "Cancel". Focus moves to Cancel when asked to confirm (so a
 * second Enter cannot delete by accident) and back to Delete when cancelled.
 */
export function DeleteCommentButton({ onDelete }: { onDelete: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (confirming ? cancelButton : deleteButton).current?.focus();
  }, [confirming]);

  function ask(next: boolean) {
    moved.current = true;
    setConfirming(next);
  }

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await onDelete();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      {confirming ? (
        <>
          <button type="button" className={`button ${styles.small} ${styles.danger}`} disabled={pending} onClick={confirm}>
            Confirm delete
          </button>
          <button type="button" className={`button ${styles.small}`} ref={cancelButton} onClick={() => ask(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className={`button ${styles.small}`} ref={deleteButton} onClick={() => ask(true)}>
          Delete
        </button>
      )}
      {error ? (
        <p role="alert" className={`form-error ${styles.actionError}`}>
          {error}
        </p>
      ) : null}
    </>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import { ActionButton } from "@/components/review/ActionButton";
import styles from "./comments.module.css";

/**
 * "Delete", then "Confirm delete" / "Cancel". Focus moves to Cancel when asked to confirm (so a
 * second Enter cannot delete by accident) and back to Delete when cancelled.
 */
export function DeleteCommentButton({ onDelete }: { onDelete: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (!asked.current) return;
    (confirming ? cancelButton : deleteButton).current?.focus();
  }, [confirming]);

  function ask(next: boolean) {
    asked.current = true;
    setConfirming(next);
  }

  if (!confirming) {
    return (
      <button type="button" className={`button ${styles.small}`} ref={deleteButton} onClick={() => ask(true)}>
        Delete
      </button>
    );
  }
  return (
    <>
      <ActionButton className={`button ${styles.small} ${styles.danger}`} errorClassName={styles.actionError} onAction={onDelete}>
        Confirm delete
      </ActionButton>
      <button type="button" className={`button ${styles.small}`} ref={cancelButton} onClick={() => ask(false)}>
        Cancel
      </button>
    </>
  );
}

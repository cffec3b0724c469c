"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { RestorePreview } from "@/lib/api/dto";
import { describeError } from "@/components/review/review-api";
import { RestoreConfirmDialog } from "./RestoreConfirmDialog";
import { fetchRestorePreview, restoreRevision } from "./restore-api";
import styles from "./revisions.module.css";

type Props = { articleId: number; number: number };

/**
 * Restores this revision's text as the article's newest revision, after a confirmation that says
 * how many claims will move or be orphaned (a dry run of the re-anchoring). The restore is sent on
 * top of the revision the dry run saw, so a text saved in between is a conflict (409), shown in
 * the dialog, never a restore with other consequences than those confirmed. Buttons stay
 * aria-disabled, not disabled, while a request runs, so focus is never lost and nothing fires twice.
 */
export function RestoreRevisionButton({ articleId, number }: Props) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "previewing" | "confirming" | "restoring" | "done">("idle");
  const [preview, setPreview] = useState<RestorePreview | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function ask() {
    if (state !== "idle") return;
    setState("previewing");
    setError(null);
    try {
      setPreview(await fetchRestorePreview({ articleId, number }));
      setState("confirming");
    } catch (failure) {
      setError(describeError(failure));
      setState("idle");
    }
  }

  async function confirm() {
    if (state !== "confirming" || !preview) return;
    setState("restoring");
    setError(null);
    try {
      await restoreRevision({ articleId, number, baseRevision: preview.baseRevision });
      setState("done");
      router.push(`/articles/${articleId}`);
    } catch (failure) {
      setError(describeError(failure));
      setState("confirming");
    }
  }

  function cancel() {
    if (state === "restoring" || state === "done") return;
    setPreview(null);
    setError(null);
    setState("idle");
  }

  return (
    <div className={styles.actions}>
      <button type="button" className="button button-primary" aria-disabled={state !== "idle" || undefined} onClick={ask}>
        Restore this revision
      </button>
      {error && !preview ? (
        <p role="alert" className={`form-error ${styles.error}`}>
          {error}
        </p>
      ) : null}
      <RestoreConfirmDialog preview={preview} pending={state === "restoring" || state === "done"} error={preview ? error : null} onConfirm={confirm} onCancel={cancel} />
    </div>
  );
}

"use client";

import { useEffect, useRef, useState } from "react";
import type { ArticleSummary } from "@/lib/api/dto";
import { SignOffFigures } from "./SignOffFigures";
import { workflowApi, type SignOffPreview } from "./workflow-api";

type Props = { articleId: number; open: boolean; onClose: () => void; onSigned: (article: ArticleSummary) => void };

/**
 * Signing off, in a modal dialog: the figures the sign-off will record, fetched fresh when it
 * opens, and an explicit confirmation when sentences are untagged or sourced claims lack a source.
 */
export function SignOffDialog({ articleId, open, onClose, onSigned }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<SignOffPreview | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
    if (!open) return;
    setPreview(null);
    setConfirmed(false);
    setError(null);
    let current = true;
    workflowApi.previewSignOff(articleId).then(
      (figures) => current && setPreview(figures),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [open, articleId]);

  async function signOff() {
    if (!preview) return;
    setPending(true);
    setError(null);
    try {
      onSigned(await workflowApi.setState(articleId, "verified", preview.needsConfirmation && confirmed));
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setPending(false);
    }
  }

  const blocked = preview !== null && preview.openThreads > 0;
  const ready = preview !== null && !blocked && (!preview.needsConfirmation || confirmed);
  return (
    <dialog ref={ref} className="sign-off-dialog" aria-labelledby="sign-off-title" onClose={onClose}>
      <h2 id="sign-off-title">Sign off this article</h2>
      {preview ? (
        <>
          <p>Signing off locks the article: nobody can change its text, claims, comments or sources until someone reopens the review. The sign-off records:</p>
          <SignOffFigures figures={preview} />
          {blocked ? (
            <p className="notice notice--error">Resolve the open threads before signing off.</p>
          ) : preview.needsConfirmation ? (
            <div className="notice notice--warning">
              <ul>
                {preview.gaps.includes("coverage") ? <li>{preview.coverage.sentences - preview.coverage.tagged} sentences are not tagged (coverage below 100 %).</li> : null}
                {preview.gaps.includes("sourced_without_source") ? <li>{preview.sourcedWithoutSource} claims are marked sourced but have no source.</li> : null}
              </ul>
              <label>
                <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} /> Sign off anyway, with these gaps on record
              </label>
            </div>
          ) : null}
        </>
      ) : error ? null : (
        <p role="status">Counting sentences and claims…</p>
      )}
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={!ready || pending} onClick={() => void signOff()}>
          {pending ? "Signing off…" : "Sign off"}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

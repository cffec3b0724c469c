"use client";

import { useState, type FormEvent, type KeyboardEvent } from "react";
import { MAX_COMMENT } from "@/lib/api/limits";
import { describeError, wasSaved } from "@/components/review/review-api";
import styles from "./comments.module.css";

type Props = {
  /** The textarea's id (its label points at it). */
  id: string;
  label: string;
  /** Reply and edit forms sit next to their comment, so their label is for screen readers only. */
  hideLabel?: boolean;
  submitLabel: string;
  initialBody?: string;
  /** A line under the textarea, e.g. how to @mention someone. */
  hint?: string;
  autoFocus?: boolean;
  /** Sends the text; a rejection (e.g. an ApiError) is shown in the form. */
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
};

function refusal(body: string): string | null {
  if (body.trim() === "") return "Write something first: a comment cannot be empty.";
  if (body.length > MAX_COMMENT) return `A comment is at most ${MAX_COMMENT.toLocaleString("en")} characters; this one has ${body.length.toLocaleString("en")}.`;
  return null;
}

/** A comment textarea with its button: Ctrl+Enter (⌘+Enter) sends it, Escape cancels. */
export function CommentForm({ id, label, hideLabel, submitLabel, initialBody = "", hint, autoFocus, onSubmit, onCancel }: Props) {
  const [body, setBody] = useState(initialBody);
  const [error, setError] = useState<string | null>(null);
  // Only a refusal of the text itself marks the textarea invalid, not e.g. a network failure.
  const [invalid, setInvalid] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const refused = refusal(body);
    setError(refused);
    setInvalid(refused !== null);
    if (refused) return;
    setPending(true);
    try {
      await onSubmit(body);
      setBody("");
    } catch (failure) {
      // Saved, only the list failed to reload: the text is posted, so keeping it would invite a duplicate.
      if (wasSaved(failure)) setBody("");
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  }

  function handleKey(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Escape" && onCancel) {
      event.preventDefault();
      onCancel();
    } else if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined;
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : styles.label}>
        {label}
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        value={body}
        rows={3}
        autoFocus={autoFocus}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={handleKey}
      />
      {hint ? (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" disabled={pending} aria-keyshortcuts="Control+Enter Meta+Enter">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
        <span className={styles.shortcut} aria-hidden="true">
          Ctrl+Enter sends
        </span>
      </div>
    </form>
  );
}

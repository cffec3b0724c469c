"use client";

import { useState } from "react";
import type { Source } from "@/lib/api/dto";
import { isSafeSourceUrl } from "@/lib/sources/is-safe-source-url";
import { ActionButton } from "@/components/review/ActionButton";
import { reviewApi } from "@/components/review/review-api";
import { useFocusWhenClosed } from "@/components/review/use-focus-when-closed";
import type { ReviewWrite } from "@/components/review/use-review-refresh";
import { SourceForm } from "./SourceForm";
import styles from "./sources.module.css";

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** One source: its title linking out, host, excerpt, what it supports, who added it; Edit / Remove. */
export function SourceItem({ source, canEdit, write }: { source: Source; canEdit: boolean; write: ReviewWrite }) {
  const [editing, setEditing] = useState(false);
  const editButton = useFocusWhenClosed<HTMLButtonElement>(editing);

  if (editing) {
    return (
      <li className={styles.source}>
        <SourceForm
          idPrefix="edit-source"
          idSuffix={source.id}
          initial={{ url: source.url, title: source.title, excerpt: source.excerpt, note: source.note }}
          submitLabel="Save"
          onSubmit={async (input) => {
            await write(() => reviewApi.updateSource(source, input));
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }

  return (
    <li className={styles.source}>
      <p className={styles.title}>
        {/* The server only stores http(s) addresses; checked again so a bad row can never become a link. */}
        {isSafeSourceUrl(source.url) ? (
          <a href={source.url} target="_blank" rel="noopener noreferrer nofollow">
            {source.title}
          </a>
        ) : (
          source.title
        )}{" "}
        <span className={styles.host}>{hostOf(source.url)}</span>
      </p>
      {source.excerpt ? <blockquote className={styles.excerpt}>{source.excerpt}</blockquote> : null}
      {source.note ? <p className={styles.note}>{source.note}</p> : null}
      {source.addedBy ? <p className={styles.byline}>added by {source.addedBy.name}</p> : null}
      {canEdit ? (
        <div className={styles.actions}>
          <button type="button" className={`button ${styles.small}`} ref={editButton} aria-label={`Edit source ${source.title}`} onClick={() => setEditing(true)}>
            Edit
          </button>
          <ActionButton className={`button ${styles.small}`} errorClassName={styles.actionError} aria-label={`Remove source ${source.title}`} onAction={() => write(() => reviewApi.deleteSource(source.id))}>
            Remove
          </ActionButton>
        </div>
      ) : null}
    </li>
  );
}

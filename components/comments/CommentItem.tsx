"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { Comment, ReviewData } from "@/lib/api/dto";
import { formatTimestamp } from "@/components/people/format-timestamp";
import { commentsApi } from "@/components/review/review-api";
import type { ReviewWrite } from "@/components/review/review-write";
import { CommentBody } from "./CommentBody";
import { CommentForm } from "./CommentForm";
import { DeleteCommentButton } from "./DeleteCommentButton";
import styles from "./comments.module.css";

type Props = {
  comment: Comment;
  people: ReviewData["people"];
  /** True for the viewer's own comments (when they may comment): Edit and Delete are shown. */
  isOwn: boolean;
  write: ReviewWrite;
  /** Further actions of a thread's root (Reply, Resolve thread). */
  children?: ReactNode;
};

/** One comment: who and when, its text (or "comment deleted"), and the author's Edit / Delete. */
export function CommentItem({ comment, people, isOwn, write, children }: Props) {
  const [editing, setEditing] = useState(false);
  const editId = useId();
  const canChange = isOwn && !comment.deleted;
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  function stopEditing() {
    returnFocus.current = true;
    setEditing(false);
  }

  async function saveEdit(body: string) {
    await write(() => commentsApi.edit(comment, body));
    stopEditing();
  }

  return (
    <article className={styles.comment}>
      <p className={styles.meta}>
        <span className={styles.author}>{comment.author?.name ?? "Unknown author"}</span>{" "}
        <time dateTime={comment.createdAt}>{formatTimestamp(comment.createdAt)}</time>
        {comment.edited && !comment.deleted ? <span> (edited)</span> : null}
      </p>
      {comment.deleted ? (
        <p className={styles.deleted}>comment deleted</p>
      ) : editing ? (
        <CommentForm id={editId} label="Edit comment" hideLabel submitLabel="Save" initialBody={comment.body} autoFocus onSubmit={saveEdit} onCancel={stopEditing} />
      ) : (
        <CommentBody body={comment.body} mentions={people} />
      )}
      {editing ? null : (
        <div className={styles.actions}>
          {children}
          {canChange ? (
            <>
              <button type="button" className={`button ${styles.small}`} ref={editButton} onClick={() => setEditing(true)}>
                Edit
              </button>
              <DeleteCommentButton onDelete={() => write(() => commentsApi.remove(comment.id))} />
            </>
          ) : null}
        </div>
      )}
    </article>
  );
}

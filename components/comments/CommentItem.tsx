"use client";

import { useId, useState } from "react";
import type { Comment, ReviewData } from "@/lib/api/dto";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { reviewApi } from "@/components/review/review-api";
import type { ReviewWrite } from "@/components/review/use-review-refresh";
import { useFocusWhenClosed } from "@/components/review/use-focus-when-closed";
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
};

/** One comment: who and when, its text (or "comment deleted"), and the author's Edit / Delete. */
export function CommentItem({ comment, people, isOwn, write }: Props) {
  const [editing, setEditing] = useState(false);
  const editId = useId();
  const canChange = isOwn && !comment.deleted;
  const editButton = useFocusWhenClosed<HTMLButtonElement>(editing);

  async function saveEdit(body: string) {
    await write(() => reviewApi.editComment(comment, body));
    setEditing(false);
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
        <CommentForm id={editId} label="Edit comment" hideLabel submitLabel="Save" initialBody={comment.body} autoFocus onSubmit={saveEdit} onCancel={() => setEditing(false)} />
      ) : (
        <CommentBody body={comment.body} mentions={people} />
      )}
      {canChange && !editing ? (
        <div className={styles.actions}>
          <button type="button" className={`button ${styles.small}`} ref={editButton} onClick={() => setEditing(true)}>
            Edit
          </button>
          <DeleteCommentButton onDelete={() => write(() => reviewApi.deleteComment(comment.id))} />
        </div>
      ) : null}
    </article>
  );
}

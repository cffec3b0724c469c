"use client";

import { useId, useState } from "react";
import type { Comment, CommentThread, ReviewData } from "@/lib/api/dto";
import { ActionButton } from "@/components/review/ActionButton";
import { reviewApi } from "@/components/review/review-api";
import type { ReviewWrite } from "@/components/review/use-review-refresh";
import { useFocusWhenClosed } from "@/components/review/use-focus-when-closed";
import type { ThreadViewer } from "./ClaimThreads";
import { CommentForm } from "./CommentForm";
import { CommentItem } from "./CommentItem";
import styles from "./comments.module.css";

type Props = {
  claimId: number;
  thread: CommentThread;
  viewer: ThreadViewer;
  people: ReviewData["people"];
  write: ReviewWrite;
};

/**
 * A thread: its root comment and replies, then a footer with Reply and Resolve / Reopen. A
 * resolved thread is folded to its first line until opened. The footer keeps its buttons in
 * fixed places, so "Resolve thread" becoming "Reopen thread" keeps keyboard focus.
 */
export function ThreadView({ claimId, thread, viewer, people, write }: Props) {
  const [expanded, setExpanded] = useState(false);
  const [replying, setReplying] = useState(false);
  const contentId = useId();
  const replyId = useId();
  const replyButton = useFocusWhenClosed<HTMLButtonElement>(replying);
  const collapsed = thread.resolved !== null && !expanded;
  const isOwn = (comment: Comment) => viewer.canComment && comment.author !== null && comment.author.id === viewer.id;

  async function sendReply(body: string) {
    await write(() => reviewApi.createComment(claimId, { body, parentId: thread.id }));
    setReplying(false);
  }

  return (
    <li className={styles.thread} data-resolved={thread.resolved ? "true" : undefined}>
      <div id={contentId}>
        {collapsed ? (
          <p className={styles.firstLine}>
            <span className={styles.author}>{thread.author?.name ?? "Unknown author"}</span>{" "}
            {thread.deleted ? <span className={styles.deleted}>comment deleted</span> : thread.body.split("\n", 1)[0]}
          </p>
        ) : (
          <>
            <CommentItem comment={thread} people={people} isOwn={isOwn(thread)} write={write} />
            {thread.replies.length > 0 ? (
              <ol className={styles.replies} aria-label="Replies">
                {thread.replies.map((reply) => (
                  <li key={reply.id}>
                    <CommentItem comment={reply} people={people} isOwn={isOwn(reply)} write={write} />
                  </li>
                ))}
              </ol>
            ) : null}
            {replying ? <CommentForm id={replyId} label="Reply" hideLabel submitLabel="Send reply" autoFocus onSubmit={sendReply} onCancel={() => setReplying(false)} /> : null}
          </>
        )}
      </div>
      <div className={styles.actions}>
        {thread.resolved ? <span className={styles.resolved}>Resolved by {thread.resolved.by?.name ?? "someone"}</span> : null}
        {thread.resolved ? (
          <button type="button" className={`button ${styles.small}`} aria-expanded={expanded} aria-controls={contentId} onClick={() => setExpanded(!expanded)}>
            {expanded ? "Hide thread" : "Show thread"}
          </button>
        ) : null}
        {viewer.canComment && !collapsed ? (
          <button type="button" className={`button ${styles.small}`} ref={replyButton} aria-expanded={replying} onClick={() => setReplying(!replying)}>
            Reply
          </button>
        ) : null}
        {viewer.canComment ? (
          <ActionButton className={`button ${styles.small}`} errorClassName={styles.actionError} onAction={() => write(() => reviewApi.setResolved(thread.id, !thread.resolved))}>
            {thread.resolved ? "Reopen thread" : "Resolve thread"}
          </ActionButton>
        ) : null}
      </div>
    </li>
  );
}

import type { Comment, CommentThread } from "@/lib/api/dto";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import styles from "./report.module.css";

function CommentText({ comment }: { comment: Comment }) {
  return (
    <>
      <p className={styles.commentMeta}>
        <strong>{comment.author?.name ?? "Unknown author"}</strong> · <time dateTime={comment.createdAt}>{formatTimestamp(comment.createdAt)}</time>
        {comment.edited ? " · edited" : ""}
      </p>
      {comment.deleted ? <p className={styles.deleted}>comment deleted</p> : <p className={styles.body}>{comment.body}</p>}
    </>
  );
}

/** A claim's comment threads, read-only: each root comment, its replies, and whether it is resolved. */
export function ReportThreads({ threads }: { threads: CommentThread[] }) {
  if (threads.length === 0) return <p className="hint">No comments.</p>;
  return (
    <ul className={styles.threads}>
      {threads.map((thread) => (
        <li key={thread.id} className={styles.thread}>
          <CommentText comment={thread} />
          {thread.replies.length > 0 ? (
            <ol className={styles.replies} aria-label="Replies">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentText comment={reply} />
                </li>
              ))}
            </ol>
          ) : null}
          <p className={styles.commentMeta}>
            {thread.resolved ? `Resolved by ${thread.resolved.by?.name ?? "someone"} · ${formatTimestamp(thread.resolved.at)}` : <span className="flag flag--thread">Open thread</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}

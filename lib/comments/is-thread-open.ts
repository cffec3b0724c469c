import type { CommentThread } from "../api/dto";

/**
 * A thread is open until it is resolved; a thread whose every comment was deleted has nothing
 * left to answer and does not count as open.
 */
export function isThreadOpen(thread: Pick<CommentThread, "resolved" | "deleted" | "replies">): boolean {
  if (thread.resolved) return false;
  return !thread.deleted || thread.replies.some((reply) => !reply.deleted);
}

import "server-only";
import { findCommentsByAnnotation, setCommentResolved } from "@/db/queries/comments";
import type { CommentThread } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { loadComment } from "./load-comment";
import { loadCommentPeople, toThreads } from "./to-comment-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

/**
 * Resolves or reopens a thread, from its root comment (anyone who may comment, not only its
 * author). Asking for the state it is already in is a no-op: no event, no version bump. A thread
 * whose root was deleted can still be resolved, since its replies may be live.
 */
export async function setThreadResolved(ctx: ServiceContext, { commentId, resolved }: { commentId: number; resolved: boolean }): Promise<CommentThread> {
  const actor = authorize(ctx, "comment.write");
  const now = ctx.now().toISOString();
  const claimId = await ctx.db.transaction(async (tx) => {
    const { comment, claim } = await loadComment(tx, commentId);
    await assertArticleWritable(tx, claim.articleId);
    if (comment.parentId !== null) {
      throw new AppError("invalid_input", `Comment ${commentId} is a reply: resolve a thread from its first comment (${comment.parentId}).`);
    }
    const changed = await setCommentResolved(tx, { id: commentId, resolved: resolved ? { at: now, by: actor.id } : null, now });
    if (changed) {
      const place = { articleId: claim.articleId, annotationId: claim.id, actorId: actor.id, createdAt: now };
      const after = { commentId, claim: claimSnapshot(claim) };
      await recordEvent(
        tx,
        resolved
          ? { ...place, type: "thread.resolved", before: null, after }
          : { ...place, type: "thread.reopened", before: { commentId, resolvedAt: comment.resolvedAt, resolvedBy: comment.resolvedBy }, after },
      );
    }
    return claim.id;
  });
  const rows = (await findCommentsByAnnotation(ctx.db, claimId)).filter((row) => row.id === commentId || row.parentId === commentId);
  return toThreads(rows, await loadCommentPeople(ctx.db))[0];
}

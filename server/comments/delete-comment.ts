import "server-only";
import { changedMeanwhile } from "../concurrency/changed-meanwhile";
import { softDeleteComment } from "@/db/queries/comments";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { assertCommentAuthor, loadComment } from "./load-comment";
import { assertArticleWritable } from "../articles/assert-article-writable";

/**
 * Deletes one's own comment. Its row stays, body emptied, so the thread still reads in order
 * ("comment deleted") and its replies keep their root; the event keeps what it said. Deleting
 * it again changes nothing.
 */
export async function deleteComment(ctx: ServiceContext, { commentId }: { commentId: number }): Promise<void> {
  const actor = authorize(ctx, "comment.write");
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const { comment, claim } = await loadComment(tx, commentId);
    await assertArticleWritable(tx, claim.articleId);
    assertCommentAuthor(comment, actor.id);
    if (comment.deletedAt !== null) return;
    if (!await softDeleteComment(tx, { id: commentId, now })) throw changedMeanwhile("comment");
    await recordEvent(tx, {
      articleId: claim.articleId,
      annotationId: claim.id,
      actorId: actor.id,
      type: "comment.deleted",
      before: { commentId, parentId: comment.parentId, body: comment.body },
      after: { commentId, claim: claimSnapshot(claim) },
      createdAt: now,
    });
  });
}

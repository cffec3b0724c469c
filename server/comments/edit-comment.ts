import "server-only";
import { changedMeanwhile } from "../concurrency/changed-meanwhile";
import { updateCommentAtVersion } from "@/db/queries/comments";
import type { Comment } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { assertCommentBody } from "./assert-comment-body";
import { assertCommentAuthor, assertCommentVersion, loadComment } from "./load-comment";
import { loadCommentPeople, toComment } from "./to-comment-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

/**
 * Changes the text of one's own comment, only if the caller saw the latest version. The same
 * text again changes nothing: no version bump, no event.
 */
export async function editComment(ctx: ServiceContext, { commentId, body, version }: { commentId: number; body: string; version: number }): Promise<Comment> {
  const actor = authorize(ctx, "comment.write");
  assertCommentBody(body);
  const now = ctx.now().toISOString();
  const row = await ctx.db.transaction(async (tx) => {
    const { comment, claim } = await loadComment(tx, commentId);
    await assertArticleWritable(tx, claim.articleId);
    assertCommentAuthor(comment, actor.id);
    if (comment.deletedAt !== null) throw new AppError("conflict", `Comment ${commentId} was deleted; it can no longer be edited.`);
    assertCommentVersion(comment, version);
    if (body === comment.body) return comment;
    const updated = await updateCommentAtVersion(tx, { id: commentId, version, changes: { body, editedAt: now, updatedAt: now } });
    if (!updated) throw changedMeanwhile("comment");
    await recordEvent(tx, {
      articleId: claim.articleId,
      annotationId: claim.id,
      actorId: actor.id,
      type: "comment.edited",
      before: { commentId, body: comment.body },
      after: { commentId, body, claim: claimSnapshot(claim) },
      createdAt: now,
    });
    return updated;
  });
  return toComment(row, await loadCommentPeople(ctx.db));
}

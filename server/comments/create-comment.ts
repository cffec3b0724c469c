import "server-only";
import { findCommentById, insertComment } from "@/db/queries/comments";
import type { Executor } from "@/db/executor";
import type { Comment } from "@/lib/api/dto";
import type { TCreateComment } from "@/lib/api/review-schemas";
import { AppError } from "@/lib/api/app-error";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { loadLiveClaim } from "../claims/load-live-claim";
import { assertCommentBody } from "./assert-comment-body";
import { loadCommentPeople, toComment } from "./to-comment-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

/** Threads are one level deep: a reply answers the root comment of a thread on the same claim. */
async function assertReplyTarget(db: Executor, { claimId, parentId }: { claimId: number; parentId: number }): Promise<void> {
  const parent = await findCommentById(db, parentId);
  const refuse = (why: string) => new AppError("invalid_input", `Cannot reply to comment ${parentId}: ${why}.`, { fields: { parentId: why } });
  if (!parent || parent.annotationId !== claimId) throw refuse("no such comment on this claim");
  if (parent.parentId !== null) throw refuse("reply to the thread's first comment, not to a reply");
}

/**
 * Starts a thread on a live claim, or replies to one (`parentId`: the thread's root). The body is
 * stored exactly as typed; it is plain text wherever it is shown. Comment and event are written
 * in one transaction.
 */
export async function createComment(ctx: ServiceContext, { claimId, input }: { claimId: number; input: TCreateComment }): Promise<Comment> {
  const actor = authorize(ctx, "comment.write");
  assertCommentBody(input.body);
  const now = ctx.now().toISOString();
  const row = await ctx.db.transaction(async (tx) => {
    const claim = await loadLiveClaim(tx, claimId);
    await assertArticleWritable(tx, claim.articleId);
    if (input.parentId !== undefined) await assertReplyTarget(tx, { claimId, parentId: input.parentId });
    const row = await insertComment(tx, {
      annotationId: claimId,
      parentId: input.parentId ?? null,
      authorId: actor.id,
      body: input.body,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await recordEvent(tx, {
      articleId: claim.articleId,
      annotationId: claimId,
      actorId: actor.id,
      type: "comment.created",
      after: { commentId: row.id, parentId: row.parentId, body: row.body, claim: claimSnapshot(claim) },
      createdAt: now,
    });
    return row;
  });
  return toComment(row, await loadCommentPeople(ctx.db));
}

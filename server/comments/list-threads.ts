import "server-only";
import { findCommentsByAnnotation } from "@/db/queries/comments";
import type { CommentThread } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadLiveClaim } from "../claims/load-live-claim";
import { loadCommentPeople, toThreads } from "./to-comment-dto";

/** The comment threads of a live claim: roots in the order they were written, with their replies. */
export async function listThreads(ctx: ServiceContext, { claimId }: { claimId: number }): Promise<CommentThread[]> {
  authorize(ctx, "article.read");
  await loadLiveClaim(ctx.db, claimId);
  return toThreads(await findCommentsByAnnotation(ctx.db, claimId), await loadCommentPeople(ctx.db));
}

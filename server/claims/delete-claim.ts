import "server-only";
import { updateAnnotationAtVersion } from "@/db/queries/annotations";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { assertCurrentVersion, loadLiveClaim, throwConcurrentChange } from "./load-live-claim";
import { assertArticleWritable } from "../articles/assert-article-writable";

/**
 * Clears a claim. It is soft-deleted (kept with a deletion time) so the audit trail can still
 * show what it was. With `version`, refuses to delete a claim someone changed meanwhile.
 */
export async function deleteClaim(ctx: ServiceContext, { claimId, version }: { claimId: number; version?: number }): Promise<void> {
  authorize(ctx, "claim.tag");
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const current = await loadLiveClaim(tx, claimId);
    await assertArticleWritable(tx, current.articleId);
    if (version !== undefined) assertCurrentVersion(current, version);
    const deleted = await updateAnnotationAtVersion(tx, { id: claimId, version: current.version, changes: { deletedAt: now, updatedAt: now } });
    if (!deleted) return throwConcurrentChange(tx, claimId, current.version);
    await recordEvent(tx, {
      articleId: current.articleId,
      annotationId: claimId,
      actorId: ctx.actor?.id ?? null,
      type: "claim.deleted",
      before: { status: current.status, start: current.start, end: current.end, exact: current.exact, note: current.note },
      after: { claim: claimSnapshot(current) },
      createdAt: now,
    });
  });
}

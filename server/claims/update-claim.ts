import "server-only";
import { updateAnnotationAtVersion } from "@/db/queries/annotations";
import type { Claim } from "@/lib/api/dto";
import type { TUpdateAnnotation } from "@/lib/api/schemas";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { assertCurrentVersion, loadLiveClaim, throwConcurrentChange } from "./load-live-claim";
import { toClaimWithAuthor } from "./to-claim-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

/**
 * Changes a claim's status and/or note, only if the caller saw the latest version (optimistic
 * concurrency: a second writer with a stale version gets a conflict, never a silent overwrite).
 */
export async function updateClaim(ctx: ServiceContext, { claimId, input }: { claimId: number; input: TUpdateAnnotation }): Promise<Claim> {
  authorize(ctx, "claim.tag");
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const current = await loadLiveClaim(tx, claimId);
    await assertArticleWritable(tx, current.articleId);
    assertCurrentVersion(current, input.version);
    const changes = {
      ...(input.status !== undefined && input.status !== current.status ? { status: input.status } : {}),
      ...(input.note !== undefined && input.note !== current.note ? { note: input.note } : {}),
    };
    if (Object.keys(changes).length === 0) return toClaimWithAuthor(tx, current);
    const updated = await updateAnnotationAtVersion(tx, { id: claimId, version: input.version, changes: { ...changes, updatedAt: now } });
    if (!updated) return throwConcurrentChange(tx, claimId, input.version);
    const before = Object.fromEntries(Object.keys(changes).map((key) => [key, current[key as keyof typeof changes]]));
    await recordEvent(tx, { articleId: current.articleId, annotationId: claimId, actorId: ctx.actor?.id ?? null, type: "claim.updated", before, after: { ...changes, claim: claimSnapshot(updated) }, createdAt: now });
    // Read in the transaction: should the database go away after a commit, the answer would be a
    // 503 ("nothing was changed") for a change that was made.
    return toClaimWithAuthor(tx, updated);
  });
}

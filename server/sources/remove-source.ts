import "server-only";
import { changedMeanwhile } from "../concurrency/changed-meanwhile";
import { findLiveAnnotationById } from "@/db/queries/annotations";
import { updateSourceAtVersion } from "@/db/queries/sources";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { loadLiveSource } from "./load-live-source";
import { assertArticleWritable } from "../articles/assert-article-writable";

/** Removes a source from its claim. The row is kept (soft delete) so the history can say what it was. */
export async function removeSource(ctx: ServiceContext, { sourceId }: { sourceId: number }): Promise<void> {
  const actor = authorize(ctx, "source.write");
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const { source: current, articleId } = await loadLiveSource(tx, sourceId);
    await assertArticleWritable(tx, articleId);
    const removed = await updateSourceAtVersion(tx, { id: sourceId, version: current.version, changes: { deletedAt: now, updatedAt: now } });
    if (!removed) throw changedMeanwhile("source");
    await recordEvent(tx, {
      articleId,
      annotationId: current.annotationId,
      actorId: actor.id,
      type: "source.removed",
      before: { sourceId, url: current.url, title: current.title },
      // loadLiveSource found the source through its live claim, so the claim is there.
      after: { claim: claimSnapshot((await findLiveAnnotationById(tx, current.annotationId))!) },
      createdAt: now,
    });
  });
}

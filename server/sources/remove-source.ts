import "server-only";
import { insertEvent } from "@/db/queries/events";
import { updateSourceAtVersion } from "@/db/queries/sources";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadLiveSource } from "./load-live-source";
import { assertArticleWritable } from "../articles/assert-article-writable";

/** Removes a source from its claim. The row is kept (soft delete) so the history can say what it was. */
export function removeSource(ctx: ServiceContext, { sourceId }: { sourceId: number }): void {
  const actor = authorize(ctx, "source.write");
  const now = ctx.now().toISOString();
  ctx.db.transaction((tx) => {
    const { source: current, articleId } = loadLiveSource(tx, sourceId);
    assertArticleWritable(tx, articleId);
    const removed = updateSourceAtVersion(tx, { id: sourceId, version: current.version, changes: { deletedAt: now, updatedAt: now } });
    if (!removed) throw new Error(`source ${sourceId} changed inside its own transaction`);
    insertEvent(tx, {
      articleId,
      annotationId: current.annotationId,
      actorId: actor.id,
      type: "source.removed",
      before: { sourceId, url: current.url, title: current.title },
      createdAt: now,
    });
  });
}

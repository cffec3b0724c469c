import "server-only";
import { changedMeanwhile } from "../concurrency/changed-meanwhile";
import { findLiveAnnotationById } from "@/db/queries/annotations";
import { updateSourceAtVersion } from "@/db/queries/sources";
import type { Source } from "@/lib/api/dto";
import type { TUpdateSource } from "@/lib/api/review-schemas";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { assertCurrentSourceVersion, assertSafeSourceUrl, loadLiveSource } from "./load-live-source";
import { toSourceWithAuthor } from "./to-source-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

const EDITABLE = ["url", "title", "excerpt", "note"] as const;

/**
 * Changes a source's url, title, excerpt and/or note, only if the caller saw the latest version.
 * A change that changes nothing writes nothing.
 */
export async function updateSource(ctx: ServiceContext, { sourceId, input }: { sourceId: number; input: TUpdateSource }): Promise<Source> {
  const actor = authorize(ctx, "source.write");
  if (input.url !== undefined) assertSafeSourceUrl(input.url);
  const now = ctx.now().toISOString();
  const row = await ctx.db.transaction(async (tx) => {
    const { source: current, articleId } = await loadLiveSource(tx, sourceId);
    await assertArticleWritable(tx, articleId);
    assertCurrentSourceVersion(current, input.version);
    const changed = EDITABLE.filter((key) => input[key] !== undefined && input[key] !== current[key]);
    if (changed.length === 0) return current;
    const after = Object.fromEntries(changed.map((key) => [key, input[key]]));
    const before = Object.fromEntries(changed.map((key) => [key, current[key]]));
    const updated = await updateSourceAtVersion(tx, { id: sourceId, version: input.version, changes: { ...after, updatedAt: now } });
    if (!updated) throw changedMeanwhile("source");
    // loadLiveSource found the source through its live claim, so the claim is there.
    const claim = claimSnapshot((await findLiveAnnotationById(tx, current.annotationId))!);
    await recordEvent(tx, { articleId, annotationId: current.annotationId, actorId: actor.id, type: "source.updated", before, after: { ...after, claim }, createdAt: now });
    return updated;
  });
  return toSourceWithAuthor(ctx.db, row);
}

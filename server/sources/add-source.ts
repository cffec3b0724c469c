import "server-only";
import { claimSnapshot } from "@/lib/history/claim-snapshot";
import { insertSource } from "@/db/queries/sources";
import type { Source } from "@/lib/api/dto";
import type { TCreateSource } from "@/lib/api/review-schemas";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { loadLiveClaim } from "../claims/load-live-claim";
import { assertSafeSourceUrl } from "./load-live-source";
import { toSourceWithAuthor } from "./to-source-dto";
import { assertArticleWritable } from "../articles/assert-article-writable";

/** Attaches a piece of evidence to a live claim. Source and event are written in one transaction. */
export async function addSource(ctx: ServiceContext, { claimId, input }: { claimId: number; input: TCreateSource }): Promise<Source> {
  const actor = authorize(ctx, "source.write");
  assertSafeSourceUrl(input.url);
  const now = ctx.now().toISOString();
  const row = await ctx.db.transaction(async (tx) => {
    const claim = await loadLiveClaim(tx, claimId);
    await assertArticleWritable(tx, claim.articleId);
    const row = await insertSource(tx, {
      annotationId: claimId,
      url: input.url,
      title: input.title,
      excerpt: input.excerpt ?? "",
      note: input.note ?? "",
      addedBy: actor.id,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    await recordEvent(tx, {
      articleId: claim.articleId,
      annotationId: claimId,
      actorId: actor.id,
      type: "source.added",
      after: { sourceId: row.id, url: row.url, title: row.title, claim: claimSnapshot(claim) },
      createdAt: now,
    });
    return row;
  });
  return toSourceWithAuthor(ctx.db, row);
}

import "server-only";
import type { ArticleDetail, ReanchorSummary } from "@/lib/api/dto";
import type { ProseNodeJSON } from "@/lib/text";
import { assertArticleWritable } from "../articles/assert-article-writable";
import { updateArticleText } from "../articles/update-article-text";
import type { ServiceContext } from "../context";
import { loadRestorableRevision } from "./load-restorable-revision";

/**
 * Makes an earlier revision's text the current one again by saving it as a new revision (history
 * is never rewritten), so claims re-anchor exactly as for any edit; its event says "restored revision N". `baseRevision` is the revision
 * the person was looking at; a stale one is refused by updateArticleText before anything is written.
 */
export async function restoreRevision(
  ctx: ServiceContext,
  { articleId, number, baseRevision }: { articleId: number; number: number; baseRevision: number },
): Promise<{ article: ArticleDetail; reanchor: ReanchorSummary }> {
  const { revision } = await loadRestorableRevision(ctx, { articleId, number });
  // updateArticleText checks the lock again inside its transaction, where it counts; checked here
  // too so the answer is "reopen the review" before any work.
  await assertArticleWritable(ctx.db, articleId);
  return updateArticleText(ctx, { articleId, content: revision.content as ProseNodeJSON, baseRevision, restoredFrom: number });
}

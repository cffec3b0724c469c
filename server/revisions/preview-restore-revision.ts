import "server-only";
import { findLiveAnnotationsByArticle } from "@/db/queries/annotations";
import type { RestorePreview } from "@/lib/api/dto";
import { buildTextModel } from "@/lib/text";
import { validateDoc } from "@/lib/text/article-schema";
import { loadCurrentText } from "../articles/load-current-article";
import { planArticleReanchor } from "../claims/plan-article-reanchor";
import type { ServiceContext } from "../context";
import { loadRestorableRevision } from "./load-restorable-revision";

/**
 * A dry run of restoring revision `number`: how many claims the restore would keep, move,
 * requote or orphan, computed by the same re-anchoring plan the restore applies, and nothing
 * written. `baseRevision` is the current revision it was computed on: sent with the restore, it
 * makes a restore on a text that changed since the preview a conflict rather than a surprise.
 */
export async function previewRestoreRevision(ctx: ServiceContext, { articleId, number }: { articleId: number; number: number }): Promise<RestorePreview> {
  const { revision: restored } = await loadRestorableRevision(ctx, { articleId, number });
  // One read transaction, so the text and the claims are of the same moment.
  return ctx.db.transaction(async (tx) => {
    const { revision: current } = await loadCurrentText(tx, articleId);
    // The text exactly as the restore will compute it from the stored document.
    const { text } = buildTextModel(validateDoc(restored.content));
    const { summary } = planArticleReanchor(await findLiveAnnotationsByArticle(tx, articleId), {
      articleId,
      previous: { text: current.text, revision: current.number },
      text,
      revision: current.number + 1,
      actorId: ctx.actor!.id,
      now: ctx.now().toISOString(),
    });
    const { kept, moved, requoted, orphaned } = summary;
    return { number, baseRevision: current.number, kept, moved, requoted, orphaned };
  });
}

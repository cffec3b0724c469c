import "server-only";
import { advanceArticleRevision, insertRevision } from "@/db/queries/articles";
import type { ArticleDetail, ReanchorSummary } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { MAX_ARTICLE_TEXT } from "@/lib/api/limits";
import { buildTextModel, type ProseNodeJSON } from "@/lib/text";
import { validateDoc } from "@/lib/text/article-schema";
import { authorize } from "../auth/authorize";
import { reanchorArticleClaims } from "../claims/reanchor-article-claims";
import type { ServiceContext } from "../context";
import { recordEvent } from "../history/record-event";
import { getArticle } from "./get-article";
import { loadCurrentText } from "./load-current-article";
import { assertArticleWritable } from "./assert-article-writable";

function checkedDoc(content: ProseNodeJSON): { doc: ProseNodeJSON; text: string } {
  let doc: ProseNodeJSON;
  try {
    doc = validateDoc(content);
  } catch (error) {
    throw new AppError("invalid_input", `The document does not fit the article format: ${(error as Error).message}`, { fields: { content: "not a valid article document" } });
  }
  const { text } = buildTextModel(doc);
  if (text.trim() === "") throw new AppError("invalid_input", "The article would have no text.", { fields: { content: "the text is empty" } });
  if (text.length > MAX_ARTICLE_TEXT) throw new AppError("payload_too_large", `The text is longer than ${MAX_ARTICLE_TEXT} characters.`);
  return { doc, text };
}

/**
 * Saves a new revision of an article's text, only on top of the revision the editor started from
 * (a stale `baseRevision` is a conflict, never a silent overwrite), and re-anchors every claim to
 * the new text — revision, claims and events in one transaction. `restoredFrom` (for restores
 * only) names the earlier revision whose text this is, so the event says "restored revision N".
 */
export async function updateArticleText(
  ctx: ServiceContext,
  { articleId, content, baseRevision, restoredFrom }: { articleId: number; content: ProseNodeJSON; baseRevision: number; restoredFrom?: number },
): Promise<{ article: ArticleDetail; reanchor: ReanchorSummary }> {
  const actor = authorize(ctx, "article.edit");
  const { doc, text } = checkedDoc(content);
  const now = ctx.now().toISOString();
  const reanchor = await ctx.db.transaction(async (tx) => {
    await assertArticleWritable(tx, articleId);
    const { article, revision } = await loadCurrentText(tx, articleId);
    if (article.currentRevision !== baseRevision) {
      throw new AppError("stale_revision", `Someone saved revision ${article.currentRevision} after the revision ${baseRevision} you started from. Reload to see it, then re-apply your changes.`, {
        details: { currentRevision: article.currentRevision },
      });
    }
    const number = revision.number + 1;
    await insertRevision(tx, { articleId, number, content: doc, text, createdBy: actor.id, createdAt: now });
    if (!await advanceArticleRevision(tx, { id: articleId, fromRevision: baseRevision, toRevision: number, now })) {
      throw new AppError("stale_revision", "Someone saved a new revision at the same moment. Reload to see it.", { details: { currentRevision: number } });
    }
    const place = { articleId, actorId: actor.id, createdAt: now };
    await recordEvent(
      tx,
      restoredFrom === undefined
        ? { ...place, type: "article.revised", before: { revision: revision.number }, after: { revision: number } }
        : { ...place, type: "article.restored", before: { revision: revision.number }, after: { revision: number, restoredFrom } },
    );
    return reanchorArticleClaims(tx, { articleId, previous: { text: revision.text, revision: revision.number }, text, revision: number, actorId: actor.id, now });
  });
  return { article: await getArticle(ctx, { articleId }), reanchor };
}

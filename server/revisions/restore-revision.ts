import "server-only";
import { findRevision } from "@/db/queries/articles";
import { AppError } from "@/lib/api/app-error";
import type { ArticleDetail, ReanchorSummary } from "@/lib/api/dto";
import type { ProseNodeJSON } from "@/lib/text";
import { assertArticleWritable } from "../articles/assert-article-writable";
import { loadArticle } from "../articles/load-current-article";
import { updateArticleText } from "../articles/update-article-text";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";

/**
 * Makes an earlier revision's text the current one again by saving it as a new revision (history
 * is never rewritten), so claims re-anchor exactly as for any edit. `baseRevision` is the revision
 * the person was looking at; a stale one is refused by updateArticleText before anything is written.
 */
export function restoreRevision(
  ctx: ServiceContext,
  { articleId, number, baseRevision }: { articleId: number; number: number; baseRevision: number },
): { article: ArticleDetail; reanchor: ReanchorSummary } {
  // Checked first so that a role without the right hears "forbidden", not something about the revision.
  authorize(ctx, "article.edit");
  const article = loadArticle(ctx.db, articleId);
  // Said first, so a signed-off article answers "reopen the review" whatever revision is named;
  // updateArticleText checks again inside its transaction, where it counts.
  assertArticleWritable(ctx.db, articleId);
  const revision = findRevision(ctx.db, { articleId, number });
  if (!revision) throw new AppError("not_found", `Article ${articleId} has no revision ${number}.`);
  if (number === article.currentRevision) {
    throw new AppError("invalid_input", `Revision ${number} is already the current text.`);
  }
  return updateArticleText(ctx, { articleId, content: revision.content as ProseNodeJSON, baseRevision });
}

import "server-only";
import { findRevision } from "@/db/queries/articles";
import type { ArticleRow, RevisionRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import { loadArticle } from "../articles/load-current-article";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";

/**
 * The checks a restore and its dry run share: the person may edit the text, the revision exists
 * and is not already the current text.
 */
export async function loadRestorableRevision(ctx: ServiceContext, { articleId, number }: { articleId: number; number: number }): Promise<{ article: ArticleRow; revision: RevisionRow }> {
  // Checked first so that a role without the right hears "forbidden", not something about the revision.
  authorize(ctx, "article.edit");
  const article = await loadArticle(ctx.db, articleId);
  const revision = await findRevision(ctx.db, { articleId, number });
  if (!revision) throw new AppError("not_found", `Article ${articleId} has no revision ${number}.`);
  if (number === article.currentRevision) {
    throw new AppError("invalid_input", `Revision ${number} is already the current text.`);
  }
  return { article, revision };
}

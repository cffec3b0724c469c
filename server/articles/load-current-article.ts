import "server-only";
import { findArticleById, findRevision } from "@/db/queries/articles";
import type { Executor } from "@/db/executor";
import type { ArticleRow, RevisionRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";

/** An article with its current revision, or a not_found error. */
export function loadCurrentArticle(db: Executor, articleId: number): { article: ArticleRow; revision: RevisionRow } {
  const article = findArticleById(db, articleId);
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const revision = findRevision(db, { articleId, number: article.currentRevision });
  if (!revision) throw new Error(`article ${articleId} has no revision ${article.currentRevision}`);
  return { article, revision };
}

import "server-only";
import { findArticleById, findRevision, findRevisionText, type RevisionText } from "@/db/queries/articles";
import type { Executor } from "@/db/executor";
import type { ArticleRow, RevisionRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";

/** An article, or a not_found error. */
export async function loadArticle(db: Executor, articleId: number): Promise<ArticleRow> {
  const article = await findArticleById(db, articleId);
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  return article;
}

/** An article with its current revision, or a not_found error. */
export async function loadCurrentArticle(db: Executor, articleId: number): Promise<{ article: ArticleRow; revision: RevisionRow }> {
  const article = await loadArticle(db, articleId);
  const revision = await findRevision(db, { articleId, number: article.currentRevision });
  if (!revision) throw new Error(`article ${articleId} has no revision ${article.currentRevision}`);
  return { article, revision };
}

/**
 * An article with its current revision's text only: what tagging and re-attaching need. Parsing
 * the stored document (hundreds of kilobytes of JSON for a long article) on every claim written
 * was most of a write's cost.
 */
export async function loadCurrentText(db: Executor, articleId: number): Promise<{ article: ArticleRow; revision: RevisionText }> {
  const article = await loadArticle(db, articleId);
  const revision = await findRevisionText(db, { articleId, number: article.currentRevision });
  if (!revision) throw new Error(`article ${articleId} has no revision ${article.currentRevision}`);
  return { article, revision };
}

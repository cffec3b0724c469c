import "server-only";
import { findArticleState } from "@/db/queries/articles";
import type { Executor } from "@/db/executor";
import { AppError } from "@/lib/api/app-error";

export const ARTICLE_VERIFIED_MESSAGE = "This article is signed off; reopen the review to change it.";

/**
 * The sign-off lock: while an article is verified, nothing about it may change — text, claims,
 * comments, sources, imports, restores. Every write calls this inside its own transaction: a
 * sign-off cannot come between the check and the write (SQLite runs one writing transaction at a
 * time; on PostgreSQL the check holds the article's row FOR SHARE until the write commits, and a
 * sign-off must update that row). An unknown article is left to the caller's own not_found.
 */
export async function assertArticleWritable(db: Executor, articleId: number): Promise<void> {
  if (await findArticleState(db, articleId) === "verified") {
    throw new AppError("article_verified", ARTICLE_VERIFIED_MESSAGE, { details: { articleId } });
  }
}

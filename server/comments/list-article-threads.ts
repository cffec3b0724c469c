import "server-only";
import { findArticleById } from "@/db/queries/articles";
import { findCommentsByArticle } from "@/db/queries/comments";
import type { CommentRow } from "@/db/schema";
import type { CommentThread } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadCommentPeople, toThreads } from "./to-comment-dto";

/**
 * Every thread on the live claims of an article, by claim id, for the workspace page: one query
 * for the comments and one for the people, however many claims there are. Claims without
 * comments have no key.
 */
export async function listArticleThreads(ctx: ServiceContext, { articleId }: { articleId: number }): Promise<Record<number, CommentThread[]>> {
  authorize(ctx, "article.read");
  if (!await findArticleById(ctx.db, articleId)) throw new AppError("not_found", `No article with id ${articleId}.`);
  const rowsByClaim = new Map<number, CommentRow[]>();
  for (const row of await findCommentsByArticle(ctx.db, articleId)) {
    const list = rowsByClaim.get(row.annotationId) ?? [];
    list.push(row);
    rowsByClaim.set(row.annotationId, list);
  }
  if (rowsByClaim.size === 0) return {};
  const people = await loadCommentPeople(ctx.db);
  return Object.fromEntries([...rowsByClaim].map(([claimId, rows]) => [claimId, toThreads(rows, people)]));
}

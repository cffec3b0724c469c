import "server-only";
import { findArticleById } from "@/db/queries/articles";
import { findEventsByArticleNewestFirst } from "@/db/queries/events";
import type { HistoryEntry } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toHistoryEntries } from "./to-history-entry";

/**
 * An article's activity, newest first, a page at a time: pass the previous page's `nextBefore` as
 * `beforeId` for the next one; `nextBefore` is null on the last page.
 */
export async function listArticleActivity(
  ctx: ServiceContext,
  { articleId, limit = 100, beforeId }: { articleId: number; limit?: number; beforeId?: number },
): Promise<{ entries: HistoryEntry[]; nextBefore: number | null }> {
  authorize(ctx, "article.read");
  if (!await findArticleById(ctx.db, articleId)) throw new AppError("not_found", `No article with id ${articleId}.`);
  // One row more than asked tells whether an older page exists without a second query.
  const rows = await findEventsByArticleNewestFirst(ctx.db, { articleId, limit: limit + 1, beforeId });
  const page = rows.slice(0, limit);
  return { entries: await toHistoryEntries(ctx.db, page), nextBefore: rows.length > limit ? page[page.length - 1].id : null };
}

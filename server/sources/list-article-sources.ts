import "server-only";
import { findArticleById } from "@/db/queries/articles";
import { findLiveSourcesByArticle } from "@/db/queries/sources";
import type { Source } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toSources } from "./to-source-dto";

/**
 * The sources of every live claim of an article, by claim id, each list in the order added.
 * Claims without sources have no key. One query, however many claims the article has.
 */
export async function listArticleSources(ctx: ServiceContext, { articleId }: { articleId: number }): Promise<Record<number, Source[]>> {
  authorize(ctx, "article.read");
  if (!await findArticleById(ctx.db, articleId)) throw new AppError("not_found", `No article with id ${articleId}.`);
  const byClaim: Record<number, Source[]> = {};
  for (const source of await toSources(ctx.db, await findLiveSourcesByArticle(ctx.db, articleId))) {
    (byClaim[source.claimId] ??= []).push(source);
  }
  return byClaim;
}

import "server-only";
import { findAllArticles, findRevisionText } from "@/db/queries/articles";
import { findLiveClaimSpansByArticle } from "@/db/queries/annotations";
import type { ArticleSummary } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toArticleSummary } from "./to-article-dto";

/**
 * Every article, most recently changed first, each with its verification progress (from its
 * text and its claims' spans only: the list never needs documents or quotes).
 */
export async function listArticles(ctx: ServiceContext): Promise<ArticleSummary[]> {
  authorize(ctx, "article.read");
  const summaries: ArticleSummary[] = [];
  for (const article of await findAllArticles(ctx.db)) {
    const revision = await findRevisionText(ctx.db, { articleId: article.id, number: article.currentRevision });
    if (revision) summaries.push(await toArticleSummary(ctx.db, article, revision, await findLiveClaimSpansByArticle(ctx.db, article.id)));
  }
  return summaries;
}

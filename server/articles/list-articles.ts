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
export function listArticles(ctx: ServiceContext): ArticleSummary[] {
  authorize(ctx, "article.read");
  return findAllArticles(ctx.db).flatMap((article) => {
    const revision = findRevisionText(ctx.db, { articleId: article.id, number: article.currentRevision });
    return revision ? [toArticleSummary(ctx.db, article, revision, findLiveClaimSpansByArticle(ctx.db, article.id))] : [];
  });
}

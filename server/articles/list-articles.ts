import "server-only";
import { findAllArticles, findRevision } from "@/db/queries/articles";
import { findLiveAnnotationsByArticle } from "@/db/queries/annotations";
import type { ArticleSummary } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toArticleSummary } from "./to-article-dto";

/** Every article, most recently changed first, each with its verification progress. */
export function listArticles(ctx: ServiceContext): ArticleSummary[] {
  authorize(ctx, "article.read");
  return findAllArticles(ctx.db).flatMap((article) => {
    const revision = findRevision(ctx.db, { articleId: article.id, number: article.currentRevision });
    return revision ? [toArticleSummary(ctx.db, article, revision, findLiveAnnotationsByArticle(ctx.db, article.id))] : [];
  });
}

import "server-only";
import { findLiveClaimSpansByArticle } from "@/db/queries/annotations";
import type { ArticleDetail } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadCurrentArticle } from "./load-current-article";
import { toArticleDetail } from "./to-article-dto";

/** An article with its current text, document and verification progress. */
export async function getArticle(ctx: ServiceContext, { articleId }: { articleId: number }): Promise<ArticleDetail> {
  authorize(ctx, "article.read");
  const { article, revision } = await loadCurrentArticle(ctx.db, articleId);
  return toArticleDetail(ctx.db, article, revision, await findLiveClaimSpansByArticle(ctx.db, articleId));
}

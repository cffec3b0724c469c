import "server-only";
import { findLiveAnnotationsByArticle } from "@/db/queries/annotations";
import type { Claim } from "@/lib/api/dto";
import type { ClaimStatus } from "@/lib/claims/statuses";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadArticle } from "../articles/load-current-article";
import { toClaims } from "./to-claim-dto";

/** The live claims of an article in text order, optionally of one status. */
export function listClaims(ctx: ServiceContext, { articleId, status }: { articleId: number; status?: ClaimStatus }): Claim[] {
  authorize(ctx, "article.read");
  loadArticle(ctx.db, articleId);
  const rows = findLiveAnnotationsByArticle(ctx.db, articleId);
  return toClaims(ctx.db, status ? rows.filter((row) => row.status === status) : rows);
}

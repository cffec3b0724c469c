import "server-only";
import { findLiveAnnotationsByArticle } from "@/db/queries/annotations";
import type { Claim } from "@/lib/api/dto";
import type { ClaimStatus } from "@/lib/claims/statuses";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadArticle } from "../articles/load-current-article";
import { toClaims } from "./to-claim-dto";

/** The live claims of an article in text order, optionally of one status. */
export async function listClaims(ctx: ServiceContext, { articleId, status }: { articleId: number; status?: ClaimStatus }): Promise<Claim[]> {
  authorize(ctx, "article.read");
  await loadArticle(ctx.db, articleId);
  const rows = await findLiveAnnotationsByArticle(ctx.db, articleId);
  return toClaims(ctx.db, status ? rows.filter((row) => row.status === status) : rows);
}

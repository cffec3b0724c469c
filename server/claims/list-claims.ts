import "server-only";
import { findLiveAnnotationsByArticle } from "@/db/queries/annotations";
import type { Claim } from "@/lib/api/dto";
import type { ClaimStatus } from "@/lib/claims/statuses";
import type { ServiceContext } from "../context";
import { loadCurrentArticle } from "../articles/load-current-article";
import { toClaim } from "./to-claim-dto";

/** The live claims of an article in text order, optionally of one status. */
export function listClaims(ctx: ServiceContext, { articleId, status }: { articleId: number; status?: ClaimStatus }): Claim[] {
  loadCurrentArticle(ctx.db, articleId);
  const rows = findLiveAnnotationsByArticle(ctx.db, articleId);
  return (status ? rows.filter((row) => row.status === status) : rows).map(toClaim);
}

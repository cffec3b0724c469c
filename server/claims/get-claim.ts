import "server-only";
import type { Claim } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadLiveClaim } from "./load-live-claim";
import { toClaimWithAuthor } from "./to-claim-dto";

export async function getClaim(ctx: ServiceContext, { claimId }: { claimId: number }): Promise<Claim> {
  authorize(ctx, "article.read");
  return toClaimWithAuthor(ctx.db, await loadLiveClaim(ctx.db, claimId));
}

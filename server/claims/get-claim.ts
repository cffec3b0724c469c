import "server-only";
import type { Claim } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadLiveClaim } from "./load-live-claim";
import { toClaimWithAuthor } from "./to-claim-dto";

export function getClaim(ctx: ServiceContext, { claimId }: { claimId: number }): Claim {
  authorize(ctx, "article.read");
  return toClaimWithAuthor(ctx.db, loadLiveClaim(ctx.db, claimId));
}

import "server-only";
import type { Claim } from "@/lib/api/dto";
import type { ServiceContext } from "../context";
import { loadLiveClaim } from "./load-live-claim";
import { toClaim } from "./to-claim-dto";

export function getClaim(ctx: ServiceContext, { claimId }: { claimId: number }): Claim {
  return toClaim(loadLiveClaim(ctx.db, claimId));
}

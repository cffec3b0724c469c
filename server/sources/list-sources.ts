import "server-only";
import { findLiveSourcesByAnnotation } from "@/db/queries/sources";
import type { Source } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadLiveClaim } from "../claims/load-live-claim";
import { toSources } from "./to-source-dto";

/** The sources of a live claim, in the order they were added. */
export async function listSources(ctx: ServiceContext, { claimId }: { claimId: number }): Promise<Source[]> {
  authorize(ctx, "article.read");
  await loadLiveClaim(ctx.db, claimId);
  return toSources(ctx.db, await findLiveSourcesByAnnotation(ctx.db, claimId));
}

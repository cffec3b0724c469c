import "server-only";
import { findEventsByAnnotation } from "@/db/queries/events";
import type { HistoryEntry } from "@/lib/api/dto";
import { AppError } from "@/lib/api/app-error";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toHistoryEntries } from "./to-history-entry";

/**
 * Everything that happened to a claim, oldest first: tagging, changes, sources, comments, and its
 * clearing. A cleared claim keeps its history, so this reads the log rather than the live claim;
 * every claim is created together with its claim.created event, so no events means no such claim.
 */
export async function listClaimHistory(ctx: ServiceContext, { claimId }: { claimId: number }): Promise<HistoryEntry[]> {
  authorize(ctx, "article.read");
  const rows = await findEventsByAnnotation(ctx.db, claimId);
  if (rows.length === 0) throw new AppError("not_found", `No claim with id ${claimId}.`);
  return toHistoryEntries(ctx.db, rows);
}

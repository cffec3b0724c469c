import "server-only";
import { findApiTokenById, revokeApiToken } from "@/db/queries/api-tokens";
import { insertEvent } from "@/db/queries/events";
import { AppError } from "@/lib/api/app-error";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";

/** Revokes one of the acting person's tokens; it stops working with the next request. */
export async function revokeToken(ctx: ServiceContext, { tokenId }: { tokenId: number }): Promise<void> {
  const actor = authorize(ctx, "token.manage");
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const token = await findApiTokenById(tx, tokenId);
    // Someone else's token is reported as missing: its existence is none of the caller's business.
    if (!token || token.userId !== actor.id) throw new AppError("not_found", `No token with id ${tokenId}.`);
    if (token.revokedAt) return;
    await revokeApiToken(tx, { id: tokenId, now });
    await insertEvent(tx, { actorId: actor.id, type: "token.revoked", before: { tokenId, name: token.name }, createdAt: now });
  });
}

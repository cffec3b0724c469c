import "server-only";
import { insertApiToken } from "@/db/queries/api-tokens";
import { insertEvent } from "@/db/queries/events";
import type { ApiToken } from "@/lib/api/dto";
import type { TCreateToken } from "@/lib/api/people-schemas";
import { authorize } from "../auth/authorize";
import { generateToken, hashToken } from "../auth/token-hash";
import type { ServiceContext } from "../context";
import { toApiToken } from "./to-token-dto";

/**
 * Creates a personal API token for the acting person. The token itself is returned this once;
 * only its hash is stored, so it cannot be shown again.
 */
export async function createToken(ctx: ServiceContext, input: TCreateToken): Promise<{ token: string; record: ApiToken }> {
  const actor = authorize(ctx, "token.manage");
  const token = generateToken();
  const now = ctx.now().toISOString();
  const row = await ctx.db.transaction(async (tx) => {
    const row = await insertApiToken(tx, { userId: actor.id, name: input.name, prefix: token.slice(0, 10), tokenHash: hashToken(token), createdAt: now });
    await insertEvent(tx, { actorId: actor.id, type: "token.created", after: { tokenId: row.id, name: row.name }, createdAt: now });
    return row;
  });
  return { token, record: toApiToken(row) };
}

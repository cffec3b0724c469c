import "server-only";
import { findApiTokensByUser } from "@/db/queries/api-tokens";
import type { ApiToken } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toApiToken } from "./to-token-dto";

/** The acting person's own tokens, newest first. */
export async function listTokens(ctx: ServiceContext): Promise<ApiToken[]> {
  const actor = authorize(ctx, "token.manage");
  return (await findApiTokensByUser(ctx.db, actor.id)).map(toApiToken);
}

import "server-only";
import { findActiveApiTokenByHash, touchApiToken } from "@/db/queries/api-tokens";
import { findUserById } from "@/db/queries/people";
import type { Db } from "@/db/client";
import type { Actor } from "../context";
import { hashToken, sameTokenHash, TOKEN_PREFIX } from "./token-hash";

// Writing "last used" on every request would turn reads into writes; once a minute is enough.
const TOUCH_INTERVAL_MS = 60_000;

/** The person a personal API token belongs to, or null for an unknown or revoked token. */
export async function actorFromToken(db: Db, token: string, now: Date): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const hash = hashToken(token);
  const record = await findActiveApiTokenByHash(db, hash);
  if (!record || !sameTokenHash(record.tokenHash, hash)) return null;
  const person = await findUserById(db, record.userId);
  if (!person) return null;
  if (!record.lastUsedAt || now.getTime() - Date.parse(record.lastUsedAt) > TOUCH_INTERVAL_MS) {
    await touchApiToken(db, { id: record.id, now: now.toISOString() });
  }
  return { id: person.id, name: person.name, role: person.role };
}

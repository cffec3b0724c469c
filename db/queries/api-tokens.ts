import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../executor";
import { apiTokens, type ApiTokenRow } from "../schema";

export function insertApiToken(db: Executor, values: typeof apiTokens.$inferInsert): ApiTokenRow {
  return db.insert(apiTokens).values(values).returning().get();
}

/** A token that has not been revoked, by the hash of its secret. */
export function findActiveApiTokenByHash(db: Executor, tokenHash: string): ApiTokenRow | undefined {
  return db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    .get();
}

export function findApiTokensByUser(db: Executor, userId: string): ApiTokenRow[] {
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id)).all();
}

export function findApiTokenById(db: Executor, id: number): ApiTokenRow | undefined {
  return db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
}

export function revokeApiToken(db: Executor, { id, now }: { id: number; now: string }): ApiTokenRow | undefined {
  return db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning()
    .get();
}

export function touchApiToken(db: Executor, { id, now }: { id: number; now: string }): void {
  db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id)).run();
}

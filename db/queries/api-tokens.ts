import { and, desc, eq, isNull } from "drizzle-orm";
import { firstRow, insertedRow, tablesOf, type Executor } from "../executor";
import type { ApiTokenRow, apiTokens } from "../schema";

export async function insertApiToken(db: Executor, values: typeof apiTokens.$inferInsert): Promise<ApiTokenRow> {
  const { apiTokens } = tablesOf(db);
  return insertedRow(db.insert(apiTokens).values(values).returning());
}

/** A token that has not been revoked, by the hash of its secret. */
export async function findActiveApiTokenByHash(db: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const { apiTokens } = tablesOf(db);
  return firstRow(db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)))
    );
}

export async function findApiTokensByUser(db: Executor, userId: string): Promise<ApiTokenRow[]> {
  const { apiTokens } = tablesOf(db);
  return db.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.id));
}

export async function findApiTokenById(db: Executor, id: number): Promise<ApiTokenRow | undefined> {
  const { apiTokens } = tablesOf(db);
  return firstRow(db.select().from(apiTokens).where(eq(apiTokens.id, id)));
}

export async function revokeApiToken(db: Executor, { id, now }: { id: number; now: string }): Promise<ApiTokenRow | undefined> {
  const { apiTokens } = tablesOf(db);
  return firstRow(db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning()
    );
}

export async function touchApiToken(db: Executor, { id, now }: { id: number; now: string }): Promise<void> {
  const { apiTokens } = tablesOf(db);
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

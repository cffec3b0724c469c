import { and, desc, eq, gt, lte } from "drizzle-orm";
import { firstRow, tablesOf, type Executor } from "../executor";

/** The times of the latest `limit` attempts of `key` since `since`, newest first. */
export async function latestSignInAttempts(db: Executor, { key, since, limit }: { key: string; since: string; limit: number }): Promise<string[]> {
  const { signInAttempts } = tablesOf(db);
  const rows = await db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.key, key), gt(signInAttempts.attemptedAt, since)))
    .orderBy(desc(signInAttempts.attemptedAt), desc(signInAttempts.id))
    .limit(limit);
  return rows.map((row) => row.at);
}

export async function insertSignInAttempts(db: Executor, rows: { key: string; attemptedAt: string }[]): Promise<void> {
  if (rows.length === 0) return;
  const { signInAttempts } = tablesOf(db);
  await db.insert(signInAttempts).values(rows);
}

/** Forgets every attempt of a key. */
export async function deleteSignInAttempts(db: Executor, key: string): Promise<void> {
  const { signInAttempts } = tablesOf(db);
  await db.delete(signInAttempts).where(eq(signInAttempts.key, key));
}

/** Forgets the latest attempt of a key. */
export async function deleteLatestSignInAttempt(db: Executor, key: string): Promise<void> {
  const { signInAttempts } = tablesOf(db);
  const latest = await firstRow(db.select({ id: signInAttempts.id }).from(signInAttempts).where(eq(signInAttempts.key, key)).orderBy(desc(signInAttempts.id)).limit(1));
  if (latest) await db.delete(signInAttempts).where(eq(signInAttempts.id, latest.id));
}

/** Deletes the attempts at or before `before`: older than any window, they count for nothing. */
export async function deleteSignInAttemptsBefore(db: Executor, before: string): Promise<void> {
  const { signInAttempts } = tablesOf(db);
  await db.delete(signInAttempts).where(lte(signInAttempts.attemptedAt, before));
}

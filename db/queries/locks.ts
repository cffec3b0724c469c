import { sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { dialectOf, type Executor } from "../executor";

/**
 * Makes the rest of the caller's transaction run alone among transactions taking the same lock:
 * for check-then-write steps that no row lock can cover (the first admin when nobody exists yet,
 * the demo article in an empty database), where two nodes of PostgreSQL would otherwise both see
 * "nothing there" and both write. On PostgreSQL a transaction-scoped advisory lock; on SQLite
 * nothing to do, since its transactions start with BEGIN IMMEDIATE and never overlap.
 */
export async function lockWithinTransaction(tx: Executor, name: string): Promise<void> {
  if (dialectOf(tx) !== "postgres") return;
  await (tx as unknown as NodePgDatabase).execute(sql`select pg_advisory_xact_lock(hashtext(${`claimcheck:${name}`}))`);
}

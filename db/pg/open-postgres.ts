import "server-only";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import { withDialect, type Executor } from "../executor";
import * as tables from "../schema/pg";

/** Connections each node keeps to PostgreSQL (DATABASE_POOL_SIZE; PostgreSQL's default limit is 100 for all nodes). */
function poolSize(): number {
  const size = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  return Number.isInteger(size) && size > 0 ? size : 10;
}

/** Any fixed number: the advisory lock that makes nodes starting together migrate one at a time. */
const MIGRATION_LOCK = 7_202_612;

/**
 * Opens a pool on PostgreSQL and applies pending migrations, under an advisory lock so that
 * nodes starting together apply them once (the others wait, then find nothing to do).
 */
export async function openPostgres(url: string): Promise<{ db: Executor; close: () => Promise<void> }> {
  const pool = new Pool({ connectionString: url, max: poolSize(), connectionTimeoutMillis: 5_000 });
  // An idle connection dropped by the server (restart, failover) must not crash the node.
  pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
  const connection = await pool.connect();
  try {
    await connection.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(connection), { migrationsFolder: path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle", "pg") });
  } finally {
    await connection.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    connection.release();
  }
  const db = drizzle(pool, { schema: withDialect(tables, "postgres") });
  return { db: db as unknown as Executor, close: () => pool.end() };
}

import "server-only";
import type { Dialect, Executor } from "./executor";
import { openSqlite } from "./sqlite/open-sqlite";

export { sqlitePath } from "./sqlite/open-sqlite";

/** The application's database: the port services use, whichever engine is behind it. */
export type Db = Executor;

/** Default database, relative to the project root: SQLite, nothing to install. */
export const DEFAULT_DATABASE_URL = "file:./data/claimcheck.db";

/**
 * Which engine a DATABASE_URL names: `postgres://` or `postgresql://` for PostgreSQL; `file:`,
 * a path or `:memory:` for SQLite. Any other scheme is refused (a typo must not quietly become
 * a SQLite file named after it).
 */
export function dialectOfUrl(url: string): Dialect {
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgres";
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^file:/i.test(url) && url !== ":memory:") {
    throw new Error(`DATABASE_URL must start with postgres://, postgresql:// or file: (or be a path); got "${url.replace(/\/\/[^@/]*@/, "//…@")}".`);
  }
  return "sqlite";
}

const closers = new WeakMap<object, () => Promise<void> | void>();

/** Opens a database by URL, applying pending migrations. */
export async function openDatabase(url: string): Promise<Db> {
  if (dialectOfUrl(url) === "postgres") {
    // Loaded only when asked for, so the SQLite default never loads the PostgreSQL driver.
    const { openPostgres } = await import("./pg/open-postgres");
    const { db, close } = await openPostgres(url);
    closers.set(db, close);
    return db;
  }
  const { db, close } = openSqlite(url);
  closers.set(db, close);
  return db;
}

/** Closes a database opened by openDatabase (its file or its connection pool). */
export async function closeDatabase(db: Db): Promise<void> {
  await closers.get(db)?.();
  closers.delete(db);
}

const globalForDb = globalThis as unknown as { claimcheckDb?: Promise<Db> };

/**
 * The application's database, opened on first use (never at import time, so `next build`
 * does not touch it), from `DATABASE_URL`. Every caller shares one opening; a failed one (the
 * database server unreachable) is forgotten, so the next request tries again.
 */
export function getDb(): Promise<Db> {
  if (!globalForDb.claimcheckDb) {
    const opening = openDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
    globalForDb.claimcheckDb = opening;
    opening.catch(() => {
      if (globalForDb.claimcheckDb === opening) globalForDb.claimcheckDb = undefined;
    });
  }
  return globalForDb.claimcheckDb;
}

/**
 * Closes the application's database if it was opened, so a short-lived process (the operator's
 * command line) ends at once instead of waiting for PostgreSQL's idle connections to time out.
 */
export async function closeAppDatabase(): Promise<void> {
  const opening = globalForDb.claimcheckDb;
  if (!opening) return;
  globalForDb.claimcheckDb = undefined;
  const db = await opening.catch(() => undefined);
  if (db) await closeDatabase(db);
}

import "server-only";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { withDialect, type Executor } from "../executor";
import * as tables from "../schema/sqlite";
import { serialiseAccess } from "./serialise-access";
import { cacheStatements } from "./statement-cache";

/** Turns `file:./data/x.db`, `./data/x.db` or `:memory:` into what better-sqlite3 opens. */
export function sqlitePath(url: string): string {
  if (url === ":memory:" || url === "file::memory:") return ":memory:";
  const bare = url.startsWith("file:") ? url.slice("file:".length) : url;
  // The database lives wherever DATABASE_URL says, not in the traced build output.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), bare);
}

/**
 * Opens (creating if needed) a SQLite database, switches it to WAL so readers never block the
 * writer and a crash cannot lose an acknowledged commit, and applies pending migrations.
 */
export function openSqlite(url: string): { db: Executor; close: () => void } {
  const file = sqlitePath(url);
  // The database holds password hashes and unpublished articles: a folder we create is the
  // owner's alone (0700), and the file and its WAL companions are readable by the owner only.
  if (file !== ":memory:") fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  if (file !== ":memory:") restrictToOwner(file);
  sqlite.pragma("busy_timeout = 5000");
  // WAL with synchronous=NORMAL is durable against application crashes; FULL also against power loss.
  sqlite.pragma("synchronous = FULL");
  cacheStatements(sqlite);
  const raw = drizzle(sqlite, { schema: withDialect(tables, "sqlite") });
  migrateWithoutForeignKeys(sqlite, () => migrate(raw, { migrationsFolder: path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle", "sqlite") }));
  sqlite.pragma("foreign_keys = ON");
  return { db: serialiseAccess(raw as never, sqlite), close: () => sqlite.close() };
}

/**
 * Runs the migrations with foreign keys off, then checks them (SQLite's procedure for rebuilding a
 * table). drizzle rebuilds a table to change a column's type, and its `PRAGMA foreign_keys=OFF`
 * does nothing inside the migrations' transaction: with keys on, dropping a rebuilt parent
 * (`user`) would delete, by cascade, every row that refers to it. The check reads every foreign
 * key of the database, so it runs only when a migration was applied, not at every start.
 */
function migrateWithoutForeignKeys(sqlite: Database.Database, run: () => void): void {
  sqlite.pragma("foreign_keys = OFF");
  const before = appliedMigrations(sqlite);
  run();
  if (appliedMigrations(sqlite) === before) return;
  const broken = sqlite.pragma("foreign_key_check") as { table: string; parent: string }[];
  if (broken.length > 0) {
    const where = [...new Set(broken.map((row) => `${row.table} → ${row.parent}`))].join(", ");
    throw new Error(`After migrating, ${broken.length} rows refer to rows that do not exist (${where}).`);
  }
}

function appliedMigrations(sqlite: Database.Database): number {
  if (!sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get()) return 0;
  return (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
}

/** chmod 0600 on the database file and its -wal and -shm files (SQLite creates them with the umask). */
function restrictToOwner(file: string): void {
  for (const part of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      fs.chmodSync(part, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

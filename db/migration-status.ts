import path from "node:path";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { dialectOfUrl } from "./client";
import type { Dialect } from "./executor";

/** The migrations a database has recorded, and how many this version of the app ships for its engine. */
export type MigrationStatus = { dialect: Dialect; applied: number; shipped: number };

/**
 * Reads where a database stands without changing it (`openDatabase` is what applies migrations).
 * A database that does not exist yet has 0 applied.
 */
export async function readMigrationStatus(url: string): Promise<MigrationStatus> {
  const dialect = dialectOfUrl(url);
  const folder = path.join(/*turbopackIgnore: true*/ process.cwd(), "drizzle", dialect === "postgres" ? "pg" : "sqlite");
  const shipped = readMigrationFiles({ migrationsFolder: folder }).length;
  if (dialect === "postgres") {
    const { countAppliedPgMigrations } = await import("./pg/count-applied-migrations");
    return { dialect, applied: await countAppliedPgMigrations(url), shipped };
  }
  const { countAppliedSqliteMigrations } = await import("./sqlite/count-applied-migrations");
  return { dialect, applied: countAppliedSqliteMigrations(url), shipped };
}

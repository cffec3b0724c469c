import fs from "node:fs";
import Database from "better-sqlite3";
import { sqlitePath } from "./open-sqlite";

/** How many migrations the SQLite database at `url` has recorded; 0 if the file does not exist yet. Writes nothing. */
export function countAppliedSqliteMigrations(url: string): number {
  const file = sqlitePath(url);
  if (file === ":memory:" || !fs.existsSync(file)) return 0;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
    if (!table) return 0;
    return (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

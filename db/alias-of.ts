import { alias as pgAlias, type PgTable } from "drizzle-orm/pg-core";
import { alias as sqliteAlias, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { dialectOf, type Executor } from "./executor";

/** A table under another name (to join it to itself), in the executor's dialect. */
export function aliasOf<T extends SQLiteTable, A extends string>(db: Executor, table: T, name: A) {
  if (dialectOf(db) === "postgres") return pgAlias(table as unknown as PgTable, name) as unknown as ReturnType<typeof sqliteAlias<T, A>>;
  return sqliteAlias(table, name);
}

import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type * as schema from "./schema";

/**
 * The database or a transaction on it, as queries see it whatever the engine: typed as an
 * asynchronous SQLite database, so every query is awaited (`await db.select()…`), never run with
 * SQLite's synchronous `.get()`, `.all()` or `.run()` (PostgreSQL has none of them). At run time
 * it is drizzle on better-sqlite3 or on node-postgres, each with its own dialect's tables
 * (`tablesOf`); the tables of both dialects have the same names, columns and row types.
 */
export type Executor = BaseSQLiteDatabase<"async", unknown, typeof schema>;

/** The two engines behind the port. */
export type Dialect = "sqlite" | "postgres";

/** The tables of an engine, marked with the dialect they belong to. */
export type Tables = typeof schema & { readonly [DIALECT]: Dialect };

/**
 * Where a schema object says which dialect it is (a symbol: drizzle only reads string keys). From
 * the global registry: a bundler may load this module more than once, and each copy must read the
 * same key.
 */
export const DIALECT: unique symbol = Symbol.for("claimcheck.dialect") as never;

/** Marks a dialect's tables, for `drizzle(client, { schema: withDialect(tables, "sqlite") })`. */
export function withDialect<T extends object>(tables: T, dialect: Dialect): T & { readonly [DIALECT]: Dialect } {
  return Object.assign(Object.create(null), tables, { [DIALECT]: dialect });
}

/**
 * The tables to query through `db`: its own dialect's, whatever the types say (a query built on
 * SQLite's tables would not run on PostgreSQL).
 */
export function tablesOf(db: Executor): Tables {
  const tables = (db as unknown as { _: { fullSchema: Tables } })._.fullSchema;
  if (!tables || !tables[DIALECT]) throw new Error("This database was opened without Claimcheck's tables (use openDatabase).");
  return tables;
}

export function dialectOf(db: Executor): Dialect {
  return tablesOf(db)[DIALECT];
}

/** The first row a query answers, or undefined: the port's `.get()`. */
export async function firstRow<T>(rows: PromiseLike<T[]>): Promise<T | undefined> {
  return (await rows)[0];
}

/** The row an INSERT … RETURNING wrote (there is always one; a failed insert throws). */
export async function insertedRow<T>(rows: PromiseLike<T[]>): Promise<T> {
  const [row] = await rows;
  if (row === undefined) throw new Error("The database returned no row for an insert.");
  return row;
}

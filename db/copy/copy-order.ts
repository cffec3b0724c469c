import { getTableName, is, Table } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { tablesOf, type Executor, type Tables } from "../executor";

/**
 * Every table of the schema, parents before the tables whose foreign keys point at them, with the
 * rows read and written at a time: a revision holds a whole document (up to a few megabytes of
 * JSON), so revisions travel a few at a time; other rows are small.
 */
const COPY_ORDER = [
  { key: "articles", rowsPerBatch: 500 },
  { key: "articleRevisions", rowsPerBatch: 10 },
  { key: "annotations", rowsPerBatch: 1_000 },
  { key: "comments", rowsPerBatch: 1_000 },
  { key: "sources", rowsPerBatch: 1_000 },
  { key: "events", rowsPerBatch: 1_000 },
  { key: "user", rowsPerBatch: 1_000 },
  { key: "session", rowsPerBatch: 1_000 },
  { key: "account", rowsPerBatch: 1_000 },
  { key: "verification", rowsPerBatch: 1_000 },
  { key: "apiTokens", rowsPerBatch: 1_000 },
] as const satisfies readonly { key: keyof Tables; rowsPerBatch: number }[];

/**
 * Tables left out on purpose: short-lived state that a new database is right to start without.
 * `sign_in_attempts` holds the throttle's counts of recent failed sign-ins (minutes long).
 */
const NOT_COPIED: readonly (keyof Tables)[] = ["signInAttempts"];

/** A table as the copy sees it: its SQL name, its drizzle definition in one database's dialect, its key. */
export type CopiedTable = { name: string; table: SQLiteTable; id: SQLiteColumn; rowsPerBatch: number };

/**
 * The tables to copy, in `db`'s dialect and in foreign-key order. A table the schema has and the
 * order does not name is an error, not a table quietly left behind.
 */
export function tablesInCopyOrder(db: Executor): CopiedTable[] {
  const tables = tablesOf(db);
  const ordered = COPY_ORDER.map(({ key, rowsPerBatch }) => {
    const table = tables[key] as unknown as SQLiteTable & { id: SQLiteColumn };
    return { name: getTableName(table), table, id: table.id, rowsPerBatch };
  });
  const known = new Set([...ordered.map((entry) => entry.name), ...NOT_COPIED.map((key) => getTableName(tables[key] as unknown as Table))]);
  const missing = (Object.values(tables) as unknown[])
    .filter((value): value is Table => is(value, Table))
    .map((table) => getTableName(table))
    .filter((name) => !known.has(name));
  if (missing.length > 0) throw new Error(`The copy does not know the table(s) ${missing.join(", ")}: add them to COPY_ORDER in db/copy/copy-order.ts.`);
  return ordered;
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { count } from "drizzle-orm";
import { closeDatabase, openDatabase, type Db } from "@/db/client";
import { dialectOf, tablesOf } from "@/db/executor";
import type { Role } from "@/lib/auth/permissions";
import type { ServiceContext } from "@/server/context";
import { freshPostgresDatabase } from "./test-engine";

export type TestDatabase = { db: Db; url: string; cleanup: () => Promise<void> };

/**
 * A fresh database with the migrations applied: on the PostgreSQL cluster of the run when the
 * tests run against PostgreSQL (its own database, dropped afterwards), else a SQLite file in its
 * own temporary folder.
 */
export async function makeTestDatabase(): Promise<TestDatabase> {
  const postgres = await freshPostgresDatabase();
  if (postgres) {
    const db = await openDatabase(postgres.url);
    return {
      db,
      url: postgres.url,
      cleanup: async () => {
        await closeDatabase(db);
        await postgres.drop();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = await openDatabase(url);
  return {
    db,
    url,
    cleanup: async () => {
      await closeDatabase(db);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A service context on `db` acting as a person of `role` (admin unless said otherwise; `null` for
 * nobody signed in), with a clock that ticks one second per call, for deterministic times.
 */
export function makeContext(db: Db, { role = "admin", start = "2026-01-15T09:00:00.000Z" }: { role?: Role | null; start?: string } = {}): ServiceContext {
  let tick = 0;
  const actor = role === null ? null : { id: `test-${role}`, name: `Test ${role}`, role };
  return { db, actor, now: () => new Date(Date.parse(start) + 1000 * tick++) };
}

/** Row counts of every table, to prove that a refused request wrote nothing. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const t = tablesOf(db);
  const tables = { articles: t.articles, article_revisions: t.articleRevisions, annotations: t.annotations, comments: t.comments, sources: t.sources, events: t.events, user: t.user, account: t.account, session: t.session, api_tokens: t.apiTokens };
  const counts: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) counts[name] = (await db.select({ n: count() }).from(table))[0].n;
  return counts;
}

/**
 * Runs SQL written for both engines (`?` placeholders; quote `"user"` and camelCase aliases) and
 * answers its rows. JSON columns come back as text on SQLite and parsed on PostgreSQL:
 * read them with `json()`.
 */
export async function sqlRows<T = Record<string, unknown>>(db: Db, text: string, params: unknown[] = []): Promise<T[]> {
  const client = (db as unknown as { $client: unknown }).$client;
  if (dialectOf(db) === "postgres") {
    let n = 0;
    const result = await (client as { query(text: string, values: unknown[]): Promise<{ rows: T[] }> }).query(text.replace(/\?/g, () => `$${++n}`), params);
    return result.rows;
  }
  const statement = (client as { prepare(text: string): { reader: boolean; all(...p: unknown[]): T[]; run(...p: unknown[]): unknown } }).prepare(text);
  if (statement.reader) return statement.all(...params);
  statement.run(...params);
  return [];
}

/** A JSON column's value as read by sqlRows, whichever engine. */
export function json<T = unknown>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** The better-sqlite3 connection under a SQLite database, for tests of SQLite itself (pragmas, files). */
export function sqliteClientOf(db: Db): import("better-sqlite3").Database {
  if (dialectOf(db) !== "sqlite") throw new Error("Not a SQLite database.");
  return (db as unknown as { $client: import("better-sqlite3").Database }).$client;
}

/** Parameters of a raw session row (expires, user, created, updated): ISO text, as both engines store it. */
export function sessionTimes(userId: string): unknown[] {
  const now = Date.now();
  const at = (ms: number) => new Date(ms).toISOString();
  return [at(now + 3_600_000), userId, at(now), at(now)];
}

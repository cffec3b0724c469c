import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Db } from "@/db/client";
import type { Role } from "@/lib/auth/permissions";
import type { ServiceContext } from "@/server/context";

/** A fresh SQLite file with the migrations applied, in its own temporary folder. */
export function makeTestDatabase(): { db: Db; url: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const db = openDatabase(url);
  return {
    db,
    url,
    cleanup: () => {
      db.$client.close();
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
export function countRows(db: Db): Record<string, number> {
  const tables = ["articles", "article_revisions", "annotations", "comments", "sources", "events", "user", "account", "session", "api_tokens"];
  return Object.fromEntries(
    tables.map((table) => [table, (db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n]),
  );
}

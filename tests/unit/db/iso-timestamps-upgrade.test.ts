import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { closeDatabase, openDatabase, type Db } from "@/db/client";
import { tablesOf } from "@/db/executor";
import { usePostgresCluster } from "../../support/use-postgres-cluster";
import { sqlRows } from "../support/test-database";

// The migration that turned better-auth's timestamps into ISO text, run on a database written by
// the code before it: integer milliseconds on SQLite, timestamptz(3) on PostgreSQL. Every instant
// must read back the same, NULL must stay NULL, and no row may be lost on the way (SQLite rebuilds
// `user`, whose sessions, accounts and tokens would go with it if foreign keys were on).

const root = path.resolve(__dirname, "../../..");
const UPGRADE = "iso_timestamps";
const postgres = usePostgresCluster();
const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A copy of a dialect's migrations that stops just before the upgrade. */
function migrationsBeforeUpgrade(dialect: "sqlite" | "pg"): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-migrations-"));
  folders.push(folder);
  fs.cpSync(path.join(root, "drizzle", dialect), folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const upgrade = journal.entries.findIndex((entry) => entry.tag.endsWith(UPGRADE));
  expect(upgrade, "the upgrade is in the journal").toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, upgrade);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

// Instants with milliseconds at both ends of the range, so a rounding slip would show.
const at = {
  userCreated: new Date("2025-01-02T03:04:05.001Z"),
  userUpdated: new Date("2026-11-30T23:59:59.999Z"),
  sessionExpires: new Date("2027-06-15T12:00:00.500Z"),
  accountRefreshExpires: new Date("2026-07-01T00:00:00.000Z"),
  verificationExpires: new Date("2026-12-06T04:05:00.123Z"),
};

/** The old code's rows: one person with a session, a credential account (one expiry NULL), a token; one verification. */
function oldRows(time: (date: Date) => unknown): { text: string; values: unknown[] }[] {
  const created = time(at.userCreated);
  const updated = time(at.userUpdated);
  return [
    { text: 'insert into "user" (id, name, email, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?)', values: ["u1", "Ada", "ada@example.org", "admin", created, updated] },
    { text: "insert into session (id, expires_at, token, created_at, updated_at, user_id) values (?, ?, ?, ?, ?, ?)", values: ["s1", time(at.sessionExpires), "t1", created, updated, "u1"] },
    {
      text: "insert into account (id, account_id, provider_id, user_id, password, access_token_expires_at, refresh_token_expires_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
      values: ["a1", "u1", "credential", "u1", "hash", null, time(at.accountRefreshExpires), created, updated],
    },
    { text: "insert into verification (id, identifier, value, expires_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?)", values: ["v1", "reset", "x", time(at.verificationExpires), created, updated] },
    { text: "insert into api_tokens (user_id, name, prefix, token_hash, created_at) values (?, ?, ?, ?, ?)", values: ["u1", "laptop", "cc_ab", "hash-1", "2026-01-01T00:00:00.000Z"] },
  ];
}

async function expectUpgraded(db: Db): Promise<void> {
  const { user, session, account, verification, apiTokens } = tablesOf(db);
  const [person] = await db.select().from(user).where(eq(user.id, "u1"));
  expect(person.createdAt).toEqual(at.userCreated);
  expect(person.updatedAt).toEqual(at.userUpdated);
  const [row] = await db.select().from(session).where(eq(session.id, "s1"));
  expect([row.expiresAt, row.createdAt, row.updatedAt]).toEqual([at.sessionExpires, at.userCreated, at.userUpdated]);
  const [credential] = await db.select().from(account).where(eq(account.id, "a1"));
  expect(credential.accessTokenExpiresAt).toBeNull();
  expect(credential.refreshTokenExpiresAt).toEqual(at.accountRefreshExpires);
  const [pending] = await db.select().from(verification).where(eq(verification.id, "v1"));
  expect(pending.expiresAt).toEqual(at.verificationExpires);
  expect(await db.select({ name: apiTokens.name }).from(apiTokens)).toEqual([{ name: "laptop" }]);

  // Stored as the text every other table holds.
  const [raw] = await sqlRows<Record<string, unknown>>(db, "select s.expires_at, u.created_at, u.updated_at from session s join \"user\" u on u.id = s.user_id");
  expect(raw).toEqual({ expires_at: at.sessionExpires.toISOString(), created_at: at.userCreated.toISOString(), updated_at: at.userUpdated.toISOString() });

  // New rows get the new defaults.
  await sqlRows(db, "insert into verification (id, identifier, value, expires_at) values ('v2', 'later', 'y', ?)", [new Date().toISOString()]);
  const [fresh] = await db.select().from(verification).where(eq(verification.id, "v2"));
  expect(Math.abs(fresh.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
}

describe("upgrading better-auth's timestamps to ISO text", () => {
  it("converts integer milliseconds on SQLite", { timeout: 60_000 }, async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-upgrade-"));
    folders.push(folder);
    const file = path.join(folder, "old.db");
    const old = new Database(file);
    old.pragma("journal_mode = WAL");
    old.pragma("foreign_keys = ON");
    migrateSqlite(drizzleSqlite(old), { migrationsFolder: migrationsBeforeUpgrade("sqlite") });
    for (const { text, values } of oldRows((date) => date.getTime())) old.prepare(text).run(...values);
    old.close();

    const db = await openDatabase(`file:${file}`);
    try {
      await expectUpgraded(db);
    } finally {
      await closeDatabase(db);
    }
  });

  it("converts timestamptz(3) on PostgreSQL, whatever the server's time zone", { timeout: 60_000 }, async () => {
    const url = await postgres.freshDatabase();
    const database = new URL(url).pathname.slice(1);
    const old = new pg.Client({ connectionString: url });
    await old.connect();
    try {
      await old.query(`alter database "${database}" set timezone to 'America/New_York'`);
      await migratePg(drizzlePg(old), { migrationsFolder: migrationsBeforeUpgrade("pg") });
      for (const { text, values } of oldRows((date) => date.toISOString())) {
        let n = 0;
        await old.query(text.replace(/\?/g, () => `$${++n}`), values);
      }
    } finally {
      await old.end();
    }

    const db = await openDatabase(url);
    try {
      await expectUpgraded(db);
    } finally {
      await closeDatabase(db);
    }
  });
});

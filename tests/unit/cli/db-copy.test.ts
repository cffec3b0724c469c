import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { closeDatabase, openDatabase, type Db } from "@/db/client";
import { copyDatabase } from "@/db/copy/copy-database";
import { verifyCopy } from "@/db/copy/verify-copy";
import { createArticle } from "@/server/articles/create-article";
import { actorFromToken } from "@/server/auth/actor-from-token";
import { createAuth } from "@/server/auth/auth";
import { createClaim } from "@/server/claims/create-claim";
import { listClaims } from "@/server/claims/list-claims";
import { createComment } from "@/server/comments/create-comment";
import type { ServiceContext } from "@/server/context";
import { addSource } from "@/server/sources/add-source";
import { usePostgresCluster } from "../../support/use-postgres-cluster";
import { NEWSROOM_PASSWORD, readNewsroom, seedNewsroom, type Newsroom } from "../support/seed-newsroom";
import { countRows, sqlRows, sqliteClientOf } from "../support/test-database";

// `db copy` as an operator runs it (the CLI in a child process), on a newsroom made through the
// services on SQLite: to PostgreSQL, then used there, then back to SQLite. The PostgreSQL cluster
// is the run's, or this file's own under the sqlite project; if it cannot start, the tests fail.

const root = path.resolve(__dirname, "../../..");
const SLOW = { timeout: 120_000 };
const postgres = usePostgresCluster();

function claimcheck(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      path.join(root, "node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/claimcheck.ts", ...args],
      { cwd: root, env: { ...process.env, DATABASE_URL: "", CLAIMCHECK_SEED_DEMO: "0" }, encoding: "utf8", timeout: 110_000 },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** The counts `db copy` printed: table → [source, target, check]. */
function printedCounts(stdout: string): Record<string, [number, number, string]> {
  const counts: Record<string, [number, number, string]> = {};
  for (const match of stdout.matchAll(/^([a-z_]+)\s+(\d+)\s+(\d+)\s+(ok|DIFFERS)$/gm)) counts[match[1]] = [Number(match[2]), Number(match[3]), match[4]];
  return counts;
}

let dir: string;
let sourceUrl: string;
let source: Db;
let newsroom: Newsroom;
let cookie: string;
let authSecret: string;
let seen: Record<string, unknown>;
let pgUrl: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-db-copy-"));
  sourceUrl = `file:${path.join(dir, "newsroom.db")}`;
  source = await openDatabase(sourceUrl);
  newsroom = await seedNewsroom(source);
  // A person signed in on SQLite, whose session should survive the move. The secret is the one
  // the app generates beside the SQLite file when BETTER_AUTH_SECRET is not set.
  vi.stubEnv("BETTER_AUTH_SECRET", "");
  const auth = createAuth(source, { databaseUrl: sourceUrl });
  const response = await auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: JSON.stringify({ email: newsroom.adminEmail, password: NEWSROOM_PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  cookie = /claimcheck\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")![0];
  authSecret = fs.readFileSync(path.join(dir, "auth-secret"), "utf8").trim();
  vi.unstubAllEnvs();
  seen = await readNewsroom(source, newsroom);
}, 180_000);

afterAll(async () => {
  await closeDatabase(source);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function getSession(db: Db, url: string): Promise<{ user: { email: string } } | null> {
  vi.stubEnv("BETTER_AUTH_SECRET", authSecret);
  try {
    const response = await createAuth(db, { databaseUrl: url }).handler(new Request("http://localhost:3000/api/auth/get-session", { headers: { cookie, origin: "http://localhost:3000" } }));
    return response.json();
  } finally {
    vi.unstubAllEnvs();
  }
}

describe("db copy: SQLite to PostgreSQL and back", () => {
  it("copies every row to an empty PostgreSQL database and says it verified them", SLOW, async () => {
    pgUrl = await postgres.cluster().createDatabase(`copy_${process.pid}_${Date.now()}`);
    const expected = await countRows(source);
    expect(expected).toMatchObject({ annotations: 2_000, user: 2, session: 1, api_tokens: 1 });
    expect(expected.events).toBeGreaterThan(4_000);

    const started = Date.now();
    const copied = await claimcheck("db", "copy", "--from", sourceUrl, "--to", pgUrl);
    expect(copied.stderr).toBe("");
    expect(copied.status).toBe(0);
    const counts = printedCounts(copied.stdout);
    for (const [table, n] of Object.entries(expected)) expect(counts[table], table).toEqual([n, n, "ok"]);
    expect(Object.keys(counts)).toHaveLength(11);
    expect(copied.stdout).toMatch(/Compared field by field: 20 claims, 20 events, 2 people, the newest revision; the same on both sides\./);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(copied.stdout).toContain(`Verified: ${total.toLocaleString("en-US")} rows copied in `);
    expect(copied.stdout).toContain("sequences moved past the copied ids");
    console.info(`db copy SQLite → PostgreSQL: ${total} rows, ${((Date.now() - started) / 1000).toFixed(1)} s with the CLI's start`);
  });

  it("gives the same articles, claims, history, threads, people and tokens through the services, and keeps sessions", SLOW, async () => {
    const copy = await openDatabase(pgUrl);
    try {
      expect(await readNewsroom(copy, newsroom)).toEqual(seen);
      expect(await actorFromToken(copy, newsroom.token, new Date())).toEqual(newsroom.reviewer);
      expect((await getSession(copy, pgUrl))?.user.email).toBe(newsroom.adminEmail);
    } finally {
      await closeDatabase(copy);
    }
  });

  it("goes on with new ids after the copied ones (sequences moved)", SLOW, async () => {
    const copy = await openDatabase(pgUrl);
    try {
      const ctx: ServiceContext = { db: copy, actor: newsroom.admin, now: () => new Date("2026-03-04T10:00:00.000Z") };
      const before = await countRows(copy);
      const claim = await createClaim(ctx, { articleId: newsroom.articleId, input: { start: 0, end: 10, status: "sourced" } });
      expect(claim.id).toBe(Math.max(...newsroom.claimIds) + 1);
      await createComment(ctx, { claimId: claim.id, input: { body: "Nouveau sur PostgreSQL." } });
      await addSource(ctx, { claimId: claim.id, input: { url: "https://example.org/b", title: "B" } });
      const article = await createArticle(ctx, { title: "Après le déménagement", language: "fr", text: "Une phrase." });
      expect(article.id).toBe(newsroom.articleId + 1);
      const after = await countRows(copy);
      expect(after).toMatchObject({ annotations: before.annotations + 1, comments: before.comments + 1, sources: before.sources + 1, articles: before.articles + 1 });
    } finally {
      await closeDatabase(copy);
    }
  });

  it("copies PostgreSQL back to a new SQLite file, where the newsroom reads the same and goes on", SLOW, async () => {
    const backUrl = `file:${path.join(dir, "back.db")}`;
    const back = await claimcheck("db", "copy", "--from", pgUrl, "--to", backUrl);
    expect(back.stderr).toBe("");
    expect(back.status).toBe(0);
    expect(back.stdout).toMatch(/^Verified: [\d,]+ rows copied in [\d.]+ s\.$/m);

    const [copy, onPostgres] = [await openDatabase(backUrl), await openDatabase(pgUrl)];
    try {
      expect(await countRows(copy)).toEqual(await countRows(onPostgres));
      expect(await readNewsroom(copy, newsroom)).toEqual(await readNewsroom(onPostgres, newsroom));
      expect((await getSession(copy, backUrl))?.user.email).toBe(newsroom.adminEmail);
      const ctx: ServiceContext = { db: copy, actor: newsroom.admin, now: () => new Date("2026-03-05T10:00:00.000Z") };
      const newest = Math.max(...(await listClaims(ctx, { articleId: newsroom.articleId })).map((c) => c.id));
      const claim = await createClaim(ctx, { articleId: newsroom.articleId, input: { start: 11, end: 20, status: "unsourced" } });
      expect(claim.id).toBe(newest + 1);
    } finally {
      await closeDatabase(copy);
      await closeDatabase(onPostgres);
    }
  });

  it("refuses a target that has rows, writing nothing", SLOW, async () => {
    const target = await openDatabase(pgUrl);
    try {
      const before = await countRows(target);
      const refused = await claimcheck("db", "copy", "--from", sourceUrl, "--to", pgUrl);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toMatch(/^error: The target database is not empty: articles \(\d+\), article_revisions \(\d+\), annotations \(\d+\), .*Nothing was written/);
      expect(await countRows(target)).toEqual(before);
    } finally {
      await closeDatabase(target);
    }
  });
});

describe("db copy: refusals and failures", () => {
  it("refuses a URL that is neither SQLite nor PostgreSQL before opening anything", SLOW, async () => {
    const target = path.join(dir, "never.db");
    const badFrom = await claimcheck("db", "copy", "--from", "mysql://root@localhost/newsroom", "--to", `file:${target}`);
    expect(badFrom).toMatchObject({ status: 1, stdout: "" });
    expect(badFrom.stderr).toBe('error: DATABASE_URL must start with postgres://, postgresql:// or file: (or be a path); got "mysql://…@localhost/newsroom".\n');
    const badTo = await claimcheck("db", "copy", "--from", sourceUrl, "--to", "postgress://localhost/newsroom");
    expect(badTo).toMatchObject({ status: 1, stdout: "" });
    expect(badTo.stderr).toContain("must start with postgres://");
    expect(fs.existsSync(target)).toBe(false);
  });

  it("refuses to copy a database onto itself", SLOW, async () => {
    const same = await claimcheck("db", "copy", "--from", sourceUrl, "--to", path.join(dir, "newsroom.db"));
    expect(same).toMatchObject({ status: 1, stdout: "", stderr: "error: --from and --to name the same database.\n" });
  });

  it("refuses a SQLite source that does not exist or has no rows: most likely the wrong file", SLOW, async () => {
    const missing = path.join(dir, "newsrom.db");
    const result = await claimcheck("db", "copy", "--from", `file:${missing}`, "--to", `file:${path.join(dir, "never.db")}`);
    expect(result).toMatchObject({ status: 1, stdout: "", stderr: `error: There is no database at ${missing}.\n` });
    expect(fs.existsSync(missing)).toBe(false);
    expect(fs.existsSync(path.join(dir, "never.db"))).toBe(false);

    const emptyUrl = `file:${path.join(dir, "empty.db")}`;
    await closeDatabase(await openDatabase(emptyUrl));
    const empty = await claimcheck("db", "copy", "--from", emptyUrl, "--to", await postgres.freshDatabase());
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe("error: The source database has no rows: there is nothing to copy. Is --from the right database?\n");
  });

  it("leaves the target empty when it refuses a row halfway through", SLOW, async () => {
    // SQLite keeps a NUL character in text, PostgreSQL refuses it: the events come after
    // thousands of rows of other tables were written in the copy's transaction.
    const brokenUrl = `file:${path.join(dir, "broken.db")}`;
    sqliteClientOf(source).pragma("wal_checkpoint(TRUNCATE)");
    fs.copyFileSync(path.join(dir, "newsroom.db"), path.join(dir, "broken.db"));
    const broken = await openDatabase(brokenUrl);
    await sqlRows(broken, "insert into events (article_id, type, created_at) values (?, ?, ?)", [newsroom.articleId, "claim.created\u0000", "2026-03-06T00:00:00.000Z"]);
    await closeDatabase(broken);
    const targetUrl = await postgres.freshDatabase();

    const failed = await claimcheck("db", "copy", "--from", brokenUrl, "--to", targetUrl);
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/^error: The target refused a row of events \(ids \d+ to \d+\): .*0x00.*Nothing was written: the target is as it was\.\n$/s);
    const target = await openDatabase(targetUrl);
    try {
      expect(Object.values(await countRows(target)).every((n) => n === 0)).toBe(true);
    } finally {
      await closeDatabase(target);
    }
  });

  it("finds a copy that differs from its source, and keeps nothing of a copy that does not verify", SLOW, async () => {
    const targetUrl = await postgres.freshDatabase();
    const target = await openDatabase(targetUrl);
    try {
      const { verification } = await copyDatabase({ source, target });
      expect(verification.differences).toEqual([]);
      const last = newsroom.claimIds[newsroom.claimIds.length - 1];
      await sqlRows(target, "update annotations set note = ? where id = ?", ["changed", last]);
      await sqlRows(target, 'update "user" set updated_at = ? where email = ?', ["2001-02-03T04:05:06.789Z", newsroom.adminEmail]);
      await sqlRows(target, "insert into verification (id, identifier, value, expires_at) values ('v1', 'x', 'y', ?)", [new Date().toISOString()]);
      const found = await verifyCopy(source, target);
      expect(found.differences).toEqual([
        "verification: 0 rows on the source, 1 on the target",
        `annotations ${last}: note differ`,
        `user ${newsroom.admin.id}: updatedAt differ`,
      ]);
    } finally {
      await closeDatabase(target);
    }

    // A difference found before the commit rolls the whole copy back.
    const sqliteTargetUrl = `file:${path.join(dir, "differs.db")}`;
    const sqliteTarget = await openDatabase(sqliteTargetUrl);
    try {
      const first = newsroom.claimIds[0];
      sqliteClientOf(sqliteTarget).exec(`create trigger change_note after insert on annotations when new.id = ${first} begin update annotations set note = 'changed' where id = new.id; end`);
      await expect(copyDatabase({ source, target: sqliteTarget })).rejects.toMatchObject({ reason: "not_verified", verification: { differences: [`annotations ${first}: note differ`] } });
      expect(Object.values(await countRows(sqliteTarget)).every((n) => n === 0)).toBe(true);
    } finally {
      await closeDatabase(sqliteTarget);
    }
  });
});

import fs from "node:fs";
import { sqliteClientOf } from "../support/test-database";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createArticle } from "@/server/articles/create-article";
import { createClaim } from "@/server/claims/create-claim";
import { listClaims } from "@/server/claims/list-claims";
import { makeArticleInput } from "../support/builders";
import { makeContext } from "../support/test-database";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("the SQLite database", () => {
  it("creates its folder, runs in WAL mode and keeps every acknowledged claim across a restart", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-db-"));
    dirs.push(dir);
    const url = `file:${path.join(dir, "nested", "claims.db")}`;

    const first = await openDatabase(url);
    expect(sqliteClientOf(first).pragma("journal_mode", { simple: true })).toBe("wal");
    const ctx = makeContext(first);
    const article = await createArticle(ctx, makeArticleInput());
    const claim = await createClaim(ctx, { articleId: article.id, input: { start: 0, end: 11, status: "disputed" } });
    sqliteClientOf(first).close();

    const second = await openDatabase(url);
    expect(await listClaims(makeContext(second), { articleId: article.id })).toEqual([claim]);
    sqliteClientOf(second).close();
  });

  it("applies migrations only once when reopened", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-db-"));
    dirs.push(dir);
    const url = `file:${path.join(dir, "m.db")}`;
    sqliteClientOf((await openDatabase(url))).close();
    const again = await openDatabase(url);
    const applied = sqliteClientOf(again).prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
    expect(applied.n).toBe(fs.readdirSync(path.join(process.cwd(), "drizzle", "sqlite")).filter((f) => f.endsWith(".sql")).length);
    sqliteClientOf(again).close();
  });
});

import fs from "node:fs";
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
  it("creates its folder, runs in WAL mode and keeps every acknowledged claim across a restart", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-db-"));
    dirs.push(dir);
    const url = `file:${path.join(dir, "nested", "claims.db")}`;

    const first = openDatabase(url);
    expect(first.$client.pragma("journal_mode", { simple: true })).toBe("wal");
    const ctx = makeContext(first);
    const article = createArticle(ctx, makeArticleInput());
    const claim = createClaim(ctx, { articleId: article.id, input: { start: 0, end: 11, status: "disputed" } });
    first.$client.close();

    const second = openDatabase(url);
    expect(listClaims(makeContext(second), { articleId: article.id })).toEqual([claim]);
    second.$client.close();
  });

  it("applies migrations only once when reopened", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-db-"));
    dirs.push(dir);
    const url = `file:${path.join(dir, "m.db")}`;
    openDatabase(url).$client.close();
    const again = openDatabase(url);
    const applied = again.$client.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
    expect(applied.n).toBe(fs.readdirSync(path.join(process.cwd(), "drizzle")).filter((f) => f.endsWith(".sql")).length);
    again.$client.close();
  });
});

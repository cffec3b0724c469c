import { spawn } from "node:child_process";
import { sqliteClientOf } from "../unit/support/test-database";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { createArticle } from "@/server/articles/create-article";
import { SYSTEM_ACTOR } from "@/server/context";

const ROUNDS = 20;
const WRITER = path.resolve("tests/robustness/support/claim-writer.ts");

let dir: string;
let dbFile: string;
let articleId: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-kill9-"));
  dbFile = path.join(dir, "kill9.db");
  const db = await openDatabase(`file:${dbFile}`);
  const text = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} says something checkable.`).join(" ");
  articleId = (await createArticle({ db, actor: SYSTEM_ACTOR, now: () => new Date() }, { title: "Kill -9", language: "en", text })).id;
  sqliteClientOf(db).close();
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Round = { acknowledged: number[]; killedAfterMs: number; signal: NodeJS.Signals | null; stderr: string };

/** Runs the writer until a random moment 50–400 ms after its first write, then SIGKILLs it. */
function writeAndKill(): Promise<Round> {
  return new Promise((resolve, reject) => {
    // One process (tsx as a loader, not its wrapper CLI), so the SIGKILL hits the writer itself.
    const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", WRITER, dbFile, String(articleId)], { stdio: ["ignore", "pipe", "pipe"] });
    const killedAfterMs = 50 + Math.floor(Math.random() * 350);
    let pending = "";
    let stderr = "";
    const acknowledged: number[] = [];
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split("\n");
      pending = lines.pop()!; // an unfinished line is not an acknowledgement
      for (const line of lines) {
        if (line === "ready") setTimeout(() => child.kill("SIGKILL"), killedAfterMs);
        else acknowledged.push(Number(line));
      }
    });
    child.once("error", reject);
    child.once("close", (_code, signal) => resolve({ acknowledged, killedAfterMs, signal, stderr }));
  });
}

describe("kill -9 while writing claims", () => {
  it(`keeps every acknowledged claim and its event, and an intact database, over ${ROUNDS} kills`, async () => {
    const perRound: number[] = [];
    const killTimes: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const { acknowledged, killedAfterMs, signal, stderr } = await writeAndKill();
      expect(signal, `round ${round}: the writer ended on its own:\n${stderr}`).toBe("SIGKILL");

      const sqlite = new Database(dbFile); // reopening recovers from the WAL, as the app would at start
      try {
        expect(sqlite.pragma("integrity_check", { simple: true }), `round ${round}`).toBe("ok");
        const claim = sqlite.prepare("select id from annotations where id = ? and article_id = ? and deleted_at is null");
        const created = sqlite.prepare("select count(*) as n from events where annotation_id = ? and type = 'claim.created'");
        const lost = acknowledged.filter((id) => !claim.get(id, articleId) || (created.get(id) as { n: number }).n !== 1);
        expect(lost, `round ${round}: acknowledged claims missing after the kill`).toEqual([]);
      } finally {
        sqlite.close();
      }
      perRound.push(acknowledged.length);
      killTimes.push(killedAfterMs);
    }
    const total = perRound.reduce((a, b) => a + b, 0);
    console.log(`kill -9: ${ROUNDS} rounds, killed ${Math.min(...killTimes)}–${Math.max(...killTimes)} ms after the first write; ${total} acknowledged claims (${Math.min(...perRound)}–${Math.max(...perRound)} per round), all present with their events; integrity_check ok`);
    // The test proves nothing unless the kills really landed while writes were going on.
    expect(perRound.filter((n) => n > 0).length).toBeGreaterThanOrEqual(ROUNDS / 2);
  });
});

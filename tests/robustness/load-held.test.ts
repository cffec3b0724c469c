import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type ApiCall } from "./support/api-client";
import { residentSetKb } from "@/scripts/built-app";
import { ADMIN_EMAIL, startAppServer, type AppServer } from "./support/app-server";

const SECONDS = Number(process.env.ROBUSTNESS_LOAD_SECONDS || 60);
const CLIENTS = 16;
const SAMPLE_EVERY_MS = 5_000;
/** Each client clears its oldest claim beyond this many, so the data (and each answer) stays the same size. */
const LIVE_CLAIMS = 20;
const STATUSES = ["sourced", "unsourced", "disputed"] as const;
/**
 * The server's V8 old-space cap. Uncapped, V8 on a machine with gigabytes free grows its heap in a
 * sawtooth for minutes before collecting in earnest, so RSS would measure GC laziness, not leaks.
 * Capped, RSS follows live memory, and a leak shows as growth and then an out-of-memory crash.
 */
const SERVER_HEAP_MB = 256;

let server: AppServer;
let admin: ApiCall;
let reviewer: ApiCall;

beforeAll(async () => {
  server = await startAppServer({ heapMb: SERVER_HEAP_MB });
  admin = apiClient(server.url, await server.tokenFor(ADMIN_EMAIL));
  reviewer = apiClient(server.url, await server.addPerson("reviewer", "Lou Load"));
});

afterAll(async () => {
  await server?.stop();
});

type Stats = { latencies: number[]; ops: Record<string, number>; errors: string[] };

/**
 * One client: its own article, tagged, re-tagged and commented on, in a loop until `deadline`.
 * Only this client touches its claims and it always sends the version it was last given, so no
 * answer should ever be a conflict: every status other than the expected one is an error.
 */
async function runClient(index: number, deadline: number, stats: Stats): Promise<void> {
  const text = Array.from({ length: 40 }, (_, i) => `Client ${index} states fact number ${i + 1}.`).join(" ");
  const created = await admin("POST", "/api/v1/articles", { json: { title: `Load ${index}`, language: "en", text } });
  const articleId: number = created.body.id;
  const sentences: { start: number; end: number }[] = (await reviewer("GET", `/api/v1/articles/${articleId}/sentences`)).body.sentences;
  const claims: { id: number; version: number; status: string }[] = [];
  let turn = 0;

  const step = async (op: string, method: string, path: string, expected: number, json?: unknown) => {
    try {
      const answer = await reviewer(method, path, { json });
      stats.latencies.push(answer.ms);
      stats.ops[op] = (stats.ops[op] ?? 0) + 1;
      if (answer.status !== expected) stats.errors.push(`${op}: ${answer.status} ${answer.text.slice(0, 200)}`);
      return answer.body;
    } catch (error) {
      stats.errors.push(`${op}: ${(error as Error).message}`);
      return null;
    }
  };

  while (Date.now() < deadline) {
    const roll = (turn++ * 7 + index) % 20; // a fixed mix: 25% article, 25% claims list, 20% tag, 20% re-tag, 10% comment
    const claim = claims.length > 0 ? claims[turn % claims.length] : null;
    if (roll < 5) await step("GET article", "GET", `/api/v1/articles/${articleId}`, 200);
    else if (roll < 10) await step("GET annotations", "GET", `/api/v1/articles/${articleId}/annotations`, 200);
    else if (roll < 14 || !claim) {
      if (claims.length >= LIVE_CLAIMS) {
        const oldest = claims.shift()!;
        await step("DELETE claim", "DELETE", `/api/v1/annotations/${oldest.id}?version=${oldest.version}`, 204);
      } else {
        const s = sentences[turn % sentences.length];
        const body = await step("POST claim", "POST", `/api/v1/articles/${articleId}/annotations`, 201, { start: s.start, end: s.end, status: "unsourced" });
        if (body?.id) claims.push({ id: body.id, version: body.version, status: body.status });
      }
    } else if (roll < 18) {
      const status = STATUSES[(STATUSES.indexOf(claim.status as (typeof STATUSES)[number]) + 1) % 3];
      const body = await step("PATCH claim", "PATCH", `/api/v1/annotations/${claim.id}`, 200, { status, version: claim.version });
      if (body?.version) Object.assign(claim, { version: body.version, status: body.status });
    } else {
      await step("POST comment", "POST", `/api/v1/annotations/${claim.id}/comments`, 201, { body: `Checked by client ${index}, turn ${turn}.` });
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

describe("load held", () => {
  it(`serves ${CLIENTS} clients for ${SECONDS} s of mixed reads and writes without an error, in flat memory`, async () => {
    const stats: Stats = { latencies: [], ops: {}, errors: [] };
    const idleRss = residentSetKb(server.pid);
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(residentSetKb(server.pid)), SAMPLE_EVERY_MS);
    const started = Date.now();
    try {
      await Promise.all(Array.from({ length: CLIENTS }, async (_, i) => runClient(i, started + SECONDS * 1000, stats)));
    } finally {
      clearInterval(sampler);
    }
    const elapsed = (Date.now() - started) / 1000;

    const sorted = [...stats.latencies].sort((a, b) => a - b);
    const third = Math.max(1, Math.floor(samples.length / 3));
    const [first, last] = [average(samples.slice(0, third)), average(samples.slice(-third))];
    const ms = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`;
    console.log(
      [
        `load held: ${CLIENTS} clients, ${elapsed.toFixed(1)} s, ${sorted.length} requests (${(sorted.length / elapsed).toFixed(0)} req/s), ${stats.errors.length} errors`,
        `  mix: ${Object.entries(stats.ops).map(([op, n]) => `${op} ${n}`).join(", ")}`,
        `  latency: p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)}, max ${sorted.at(-1)?.toFixed(1)} ms`,
        `  server RSS (MB, old space capped at ${SERVER_HEAP_MB} MB): idle ${(idleRss / 1024).toFixed(0)}; every ${SAMPLE_EVERY_MS / 1000} s: ${samples.map((kb) => (kb / 1024).toFixed(0)).join(", ")}`,
        `  first third ${(first / 1024).toFixed(0)} MB, last third ${(last / 1024).toFixed(0)} MB (×${(last / first).toFixed(2)}, limit ×1.5)`,
      ].join("\n"),
    );

    expect(stats.errors.slice(0, 10)).toEqual([]);
    expect(samples.length).toBeGreaterThan(0);
    expect(last).toBeLessThan(1.5 * first);
  });
});

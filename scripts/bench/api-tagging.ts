/**
 * 1. Tagging through the API: 8 concurrent clients (autocannon connections) for 20 s, each
 * creating a claim at a random sentence or phrase, then changing the status of a claim created
 * earlier (PATCH with its current version), with a bearer token. The baseline replays the same
 * rows straight through better-sqlite3 on a fresh database: one transaction per write, the claim
 * (or its update) and its event, the app's pragmas (WAL, synchronous=FULL).
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { closeDatabase, openDatabase } from "@/db/client";
import type { Sentence } from "@/lib/api/dto";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/statuses";
import { between, createRng, pick, type Rng } from "./generate-article";
import type { ResultRow } from "./result-row";
import { percentile, round } from "./stats";

export const CONNECTIONS = 8;
export const DURATION_S = 20;
const FLOOR_DURATION_S = 10;

type Span = { start: number; end: number };
type Saved = { id: number; version: number; status: ClaimStatus };

function randomSpan(rng: Rng, sentences: Sentence[]): Span {
  const sentence = pick(rng, sentences);
  const words = [...sentence.text.matchAll(/\S+/g)];
  if (rng() < 0.5 || words.length < 4) return { start: sentence.start, end: sentence.end };
  const first = between(rng, 0, words.length - 3);
  const last = between(rng, first, words.length - 1);
  return { start: sentence.start + words[first].index!, end: sentence.start + words[last].index! + words[last][0].length };
}

type RunOutcome = { requests: number; ok: number; errors: number; durationS: number; latencies: number[]; statusCodes: Record<string, number> };

async function runAutocannon({ origin, token, articleId, sentences, seed }: { origin: string; token: string; articleId: number; sentences: Sentence[]; seed: number }): Promise<RunOutcome> {
  const rng = createRng(seed);
  // Claims created so far and not being changed right now; a PATCH takes one out and puts it back.
  const pool: Saved[] = [];
  const createStep = (request: { method?: string; path?: string; body?: string }) => {
    const span = randomSpan(rng, sentences);
    return { ...request, method: "POST", path: `/api/v1/articles/${articleId}/annotations`, body: JSON.stringify({ ...span, status: pick(rng, CLAIM_STATUSES) }) };
  };
  const instance = autocannon({
    url: origin,
    connections: CONNECTIONS,
    duration: DURATION_S,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => createStep(request),
        onResponse: (status, body) => {
          if (status === 201) {
            const claim = JSON.parse(body) as Saved;
            pool.push({ id: claim.id, version: claim.version, status: claim.status });
          }
        },
      },
      {
        setupRequest: (request, context) => {
          if (pool.length === 0) {
            context.claim = null;
            return createStep(request);
          }
          const [claim] = pool.splice(Math.floor(rng() * pool.length), 1);
          context.claim = claim;
          // Always a real change: the same status again would write nothing.
          const status = pick(rng, CLAIM_STATUSES.filter((s) => s !== claim.status));
          return { ...request, method: "PATCH", path: `/api/v1/annotations/${claim.id}`, body: JSON.stringify({ status, version: claim.version }) };
        },
        onResponse: (status, body, context) => {
          const claim = context.claim as Saved | null;
          if (status === 201 || status === 200) {
            const saved = JSON.parse(body) as Saved;
            pool.push({ id: saved.id, version: saved.version, status: saved.status });
          } else if (claim) {
            pool.push(claim);
          }
        },
      },
    ],
  });
  const latencies: number[] = [];
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  const ok = Object.entries(statusCodes).filter(([code]) => code.startsWith("2")).reduce((n, [, count]) => n + count, 0);
  const responses = Object.values(statusCodes).reduce((n, count) => n + count, 0);
  return { requests: responses + result.errors, ok, errors: result.errors + result.non2xx, durationS: result.duration, latencies, statusCodes };
}

/**
 * Second baseline: the same clients on the cheapest authenticated route (GET /api/v1/me: the token
 * checked, one person read, JSON out). It is what the framework and the token check alone allow
 * on this machine, a ceiling for any write.
 */
async function runFloor({ origin, token }: { origin: string; token: string }): Promise<{ perSecond: number; p99: number; errors: number }> {
  const result = await autocannon({
    url: `${origin}/api/v1/me`,
    connections: CONNECTIONS,
    duration: FLOOR_DURATION_S,
    headers: { authorization: `Bearer ${token}` },
  });
  return { perSecond: result.requests.total / result.duration, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

type EventRow = { id: number; annotation_id: number; type: string; actor_id: string | null; before: string | null; after: string | null; created_at: string };

/**
 * The same writes straight through better-sqlite3: the rows the API wrote during the run, in
 * the order it wrote them, replayed on a fresh, migrated database.
 */
async function replayDirect({ serverDbFile, articleId, afterEventId, workDir }: { serverDbFile: string; articleId: number; afterEventId: number; workDir: string }): Promise<{ writes: number; seconds: number; latencies: number[] }> {
  const source = new Database(serverDbFile, { readonly: true });
  const events = source.prepare("select * from events where article_id = ? and id > ? and type in ('claim.created', 'claim.updated') order by id").all(articleId, afterEventId) as EventRow[];
  const rows = new Map((source.prepare("select * from annotations where article_id = ?").all(articleId) as Record<string, unknown>[]).map((row) => [row.id as number, row]));
  const article = source.prepare("select * from articles where id = ?").get(articleId) as Record<string, unknown>;
  const revision = source.prepare("select * from article_revisions where article_id = ? and number = ?").get(articleId, article.current_revision) as Record<string, unknown>;
  source.close();

  const file = path.join(workDir, "direct-baseline.db");
  fs.rmSync(file, { force: true });
  await closeDatabase(await openDatabase(`file:${file}`));
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = FULL");
  db.prepare("insert into articles (id, title, language, state, current_revision, created_at, updated_at) values (@id, @title, @language, @state, @current_revision, @created_at, @updated_at)").run(article);
  db.prepare("insert into article_revisions (article_id, number, content, text, created_by, created_at) values (@article_id, @number, @content, @text, @created_by, @created_at)").run(revision);

  const insertClaim = db.prepare(
    "insert into annotations (article_id, revision, start, end, exact, prefix, suffix, status, note, author_id, version, orphaned, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, '', ?, 1, 0, ?, ?) returning id",
  );
  const updateClaim = db.prepare("update annotations set status = ?, version = version + 1, updated_at = ? where id = ? and version = ? returning version");
  const insertEvent = db.prepare("insert into events (article_id, annotation_id, actor_id, type, before, after, created_at) values (?, ?, ?, ?, ?, ?, ?)");
  const ids = new Map<number, { id: number; version: number }>();
  const create = db.transaction((event: EventRow) => {
    const row = rows.get(event.annotation_id)!;
    const after = JSON.parse(event.after!) as { status: string };
    const { id } = insertClaim.get(articleId, row.revision, row.start, row.end, row.exact, row.prefix, row.suffix, after.status, row.author_id, event.created_at, event.created_at) as { id: number };
    insertEvent.run(articleId, id, event.actor_id, event.type, event.before, event.after, event.created_at);
    ids.set(event.annotation_id, { id, version: 1 });
  });
  const update = db.transaction((event: EventRow) => {
    const target = ids.get(event.annotation_id)!;
    const after = JSON.parse(event.after!) as { status: string };
    const { version } = updateClaim.get(after.status, event.created_at, target.id, target.version) as { version: number };
    insertEvent.run(articleId, target.id, event.actor_id, event.type, event.before, event.after, event.created_at);
    target.version = version;
  });

  const latencies: number[] = [];
  const t0 = performance.now();
  for (const event of events) {
    const start = performance.now();
    if (event.type === "claim.created") create(event);
    else if (ids.has(event.annotation_id)) update(event);
    else continue;
    latencies.push(performance.now() - start);
  }
  const seconds = (performance.now() - t0) / 1000;
  db.close();
  return { writes: latencies.length, seconds, latencies };
}

export async function measureApiTagging(input: { origin: string; token: string; articleId: number; sentences: Sentence[]; serverDbFile: string; workDir: string; seed: number }) {
  const before = new Database(input.serverDbFile, { readonly: true });
  const afterEventId = (before.prepare("select coalesce(max(id), 0) as id from events").get() as { id: number }).id;
  before.close();

  const floor = await runFloor(input);
  const run = await runAutocannon(input);
  const direct = await replayDirect({ serverDbFile: input.serverDbFile, articleId: input.articleId, afterEventId, workDir: input.workDir });
  const apiRate = run.ok / run.durationS;
  const directRate = direct.writes / direct.seconds;
  const p = (q: number) => percentile(run.latencies, q);
  const d = (q: number) => percentile(direct.latencies, q);

  const rows: ResultRow[] = [
    { measurement: "1. API tagging: writes/s (8 clients, 20 s)", value: round(apiRate, 0), unit: "writes/s", baseline: round(directRate, 0), target: "≥ 1000", met: apiRate >= 1000 },
    { measurement: "1. API tagging: latency p50", value: round(p(50), 1), unit: "ms", baseline: round(d(50), 2), target: null, met: null },
    { measurement: "1. API tagging: latency p95", value: round(p(95), 1), unit: "ms", baseline: round(d(95), 2), target: null, met: null },
    { measurement: "1. API tagging: latency p99", value: round(p(99), 1), unit: "ms", baseline: round(d(99), 2), target: "< 50 ms", met: p(99) < 50 },
    { measurement: "1. API tagging: errors", value: run.errors, unit: "requests", baseline: null, target: "0", met: run.errors === 0 },
    { measurement: "1. API floor: GET /api/v1/me (no write)", value: round(floor.perSecond, 0), unit: "req/s", baseline: null, target: null, met: null },
    { measurement: "1. API tagging: writes/s vs the floor", value: round(apiRate, 0), unit: "writes/s", baseline: round(floor.perSecond, 0), target: null, met: null },
  ];
  return {
    rows,
    details: {
      connections: CONNECTIONS,
      floor: { route: "GET /api/v1/me", durationS: FLOOR_DURATION_S, requestsPerSecond: floor.perSecond, latencyP99Ms: floor.p99, errors: floor.errors },
      durationS: run.durationS,
      requests: run.requests,
      ok: run.ok,
      statusCodes: run.statusCodes,
      latencyMs: { p50: p(50), p95: p(95), p99: p(99), max: Math.max(...run.latencies) },
      direct: { writes: direct.writes, seconds: direct.seconds, writesPerSecond: directRate, latencyMs: { p50: d(50), p95: d(95), p99: d(99) } },
    },
  };
}

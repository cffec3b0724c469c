/**
 * 1. Tagging through the API: 8 concurrent clients (autocannon connections) for 20 s, each
 * creating a claim at a random sentence or phrase, then changing the status of a claim created
 * earlier (PATCH with its current version), with a bearer token. The baseline replays the same
 * rows straight through the engine's own driver on a fresh database (better-sqlite3 with the app's
 * pragmas, or node-postgres on one connection): one transaction per write, the claim (or its
 * update) and its event. The floor: the same clients on GET /api/v1/me.
 *
 * Across nodes: the same 8 clients split evenly over several app nodes sharing one database, each
 * node answering its share, against one node of the same run.
 */
import { and, asc, eq, gt, inArray, max } from "drizzle-orm";
import autocannon from "autocannon";
import { closeDatabase, openDatabase } from "@/db/client";
import { tablesOf } from "@/db/executor";
import type { Sentence } from "@/lib/api/dto";
import { CLAIM_STATUSES, type ClaimStatus } from "@/lib/claims/statuses";
import type { DirectEvent, DirectWriter } from "./engines/bench-engine";
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

async function runAutocannon({ origin, connections, token, articleId, sentences, seed }: { origin: string; connections: number; token: string; articleId: number; sentences: Sentence[]; seed: number }): Promise<RunOutcome> {
  const rng = createRng(seed);
  // Claims created so far and not being changed right now; a PATCH takes one out and puts it back.
  const pool: Saved[] = [];
  const createStep = (request: { method?: string; path?: string; body?: string }) => {
    const span = randomSpan(rng, sentences);
    return { ...request, method: "POST", path: `/api/v1/articles/${articleId}/annotations`, body: JSON.stringify({ ...span, status: pick(rng, CLAIM_STATUSES) }) };
  };
  const instance = autocannon({
    url: origin,
    connections,
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

/** The clients split evenly over the nodes, all at once; one outcome for the lot. */
async function runAcrossNodes({ origins, ...input }: { origins: string[]; token: string; articleId: number; sentences: Sentence[]; seed: number }): Promise<RunOutcome & { perNode: { origin: string; ok: number; durationS: number }[] }> {
  const runs = await Promise.all(origins.map((origin, i) => runAutocannon({ ...input, origin, connections: CONNECTIONS / origins.length, seed: input.seed + i })));
  const statusCodes: Record<string, number> = {};
  for (const run of runs) for (const [code, count] of Object.entries(run.statusCodes)) statusCodes[code] = (statusCodes[code] ?? 0) + count;
  return {
    requests: runs.reduce((n, r) => n + r.requests, 0),
    ok: runs.reduce((n, r) => n + r.ok, 0),
    errors: runs.reduce((n, r) => n + r.errors, 0),
    durationS: Math.max(...runs.map((r) => r.durationS)),
    latencies: runs.flatMap((r) => r.latencies),
    statusCodes,
    perNode: runs.map((r, i) => ({ origin: origins[i], ok: r.ok, durationS: r.durationS })),
  };
}

/**
 * Second baseline: the same clients on the cheapest authenticated route (GET /api/v1/me: the token
 * checked, one person read, JSON out), split over the nodes. It is what the framework and the
 * token check alone allow on this machine, a ceiling for any write.
 */
async function runFloor({ origins, token }: { origins: string[]; token: string }): Promise<{ perSecond: number; p99: number; errors: number }> {
  const results = await Promise.all(
    origins.map((origin) =>
      autocannon({ url: `${origin}/api/v1/me`, connections: CONNECTIONS / origins.length, duration: FLOOR_DURATION_S, headers: { authorization: `Bearer ${token}` } }),
    ),
  );
  return {
    perSecond: results.reduce((n, r) => n + r.requests.total / r.duration, 0),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    errors: results.reduce((n, r) => n + r.errors + r.non2xx, 0),
  };
}

async function lastEventId(databaseUrl: string): Promise<number> {
  const db = await openDatabase(databaseUrl);
  try {
    const t = tablesOf(db);
    const [row] = await db.select({ id: max(t.events.id) }).from(t.events);
    return row?.id ?? 0;
  } finally {
    await closeDatabase(db);
  }
}

/** Where the direct baseline writes: an empty database of the engine, and the engine's driver. */
export type DirectBaseline = { freshDatabaseUrl: string; openWriter: (databaseUrl: string) => Promise<DirectWriter> };

/**
 * The same writes straight through the engine's driver: the rows the API wrote during the run
 * (read through the port), in the order it wrote them, replayed on a fresh, migrated database
 * holding only the article and its revision.
 */
async function replayDirect({ databaseUrl, articleId, afterEventId, direct }: { databaseUrl: string; articleId: number; afterEventId: number; direct: DirectBaseline }): Promise<{ writes: number; seconds: number; latencies: number[] }> {
  const source = await openDatabase(databaseUrl);
  const t = tablesOf(source);
  const events = await source
    .select()
    .from(t.events)
    .where(and(eq(t.events.articleId, articleId), gt(t.events.id, afterEventId), inArray(t.events.type, ["claim.created", "claim.updated"])))
    .orderBy(asc(t.events.id));
  const claims = new Map((await source.select().from(t.annotations).where(eq(t.annotations.articleId, articleId))).map((row) => [row.id, row]));
  const [article] = await source.select().from(t.articles).where(eq(t.articles.id, articleId));
  const [revision] = await source.select().from(t.articleRevisions).where(and(eq(t.articleRevisions.articleId, articleId), eq(t.articleRevisions.number, article.currentRevision)));
  await closeDatabase(source);

  const target = await openDatabase(direct.freshDatabaseUrl);
  const f = tablesOf(target);
  await target.insert(f.articles).values(article);
  await target.insert(f.articleRevisions).values(revision);
  await closeDatabase(target);

  const writer = await direct.openWriter(direct.freshDatabaseUrl);
  // The API's claim id → the replayed claim and its version.
  const replayed = new Map<number, { id: number; version: number }>();
  const latencies: number[] = [];
  const t0 = performance.now();
  for (const event of events) {
    const claimId = event.annotationId!;
    const status = (event.after as { status: string }).status;
    // Serialised here as the app serialises them before writing; not part of the engine's work.
    const row: DirectEvent = { articleId, actorId: event.actorId, type: event.type, before: event.before == null ? null : JSON.stringify(event.before), after: JSON.stringify(event.after), createdAt: event.createdAt };
    const start = performance.now();
    if (event.type === "claim.created") {
      const claim = claims.get(claimId)!;
      const id = await writer.create({ kind: "create", articleId, revision: claim.revision, start: claim.start, end: claim.end, exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix, status, authorId: claim.authorId, event: row });
      replayed.set(claimId, { id, version: 1 });
    } else {
      const target = replayed.get(claimId);
      if (!target) continue;
      target.version = await writer.update({ kind: "update", claimId: target.id, version: target.version, status, event: row });
    }
    latencies.push(performance.now() - start);
  }
  const seconds = (performance.now() - t0) / 1000;
  await writer.close();
  return { writes: latencies.length, seconds, latencies };
}

export type ApiTaggingFigures = { writesPerSecond: number; p50: number; p99: number; floorPerSecond: number };

export async function measureApiTagging(input: { origin: string; token: string; articleId: number; sentences: Sentence[]; databaseUrl: string; direct: DirectBaseline; seed: number }) {
  const afterEventId = await lastEventId(input.databaseUrl);
  const floor = await runFloor({ origins: [input.origin], token: input.token });
  const run = await runAutocannon({ ...input, connections: CONNECTIONS });
  const direct = await replayDirect({ databaseUrl: input.databaseUrl, articleId: input.articleId, afterEventId, direct: input.direct });
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
  const figures: ApiTaggingFigures = { writesPerSecond: apiRate, p50: p(50), p99: p(99), floorPerSecond: floor.perSecond };
  return {
    rows,
    figures,
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

/**
 * The same tagging and floor with the clients split over several nodes on one database; the
 * baseline of each row is the one-node figure of the same run (`oneNode`).
 */
export async function measureApiTaggingAcrossNodes(input: { origins: string[]; token: string; articleId: number; sentences: Sentence[]; seed: number; oneNode: ApiTaggingFigures }) {
  const nodes = input.origins.length;
  const floor = await runFloor(input);
  const run = await runAcrossNodes(input);
  const rate = run.ok / run.durationS;
  const p = (q: number) => percentile(run.latencies, q);
  const split = Array(nodes).fill(CONNECTIONS / nodes).join(" + ");
  const label = `1. API tagging, ${nodes} nodes`;
  const rows: ResultRow[] = [
    { measurement: `${label}: writes/s (${split} clients)`, value: round(rate, 0), unit: "writes/s", baseline: round(input.oneNode.writesPerSecond, 0), target: null, met: null },
    { measurement: `${label}: latency p50`, value: round(p(50), 1), unit: "ms", baseline: round(input.oneNode.p50, 1), target: null, met: null },
    { measurement: `${label}: latency p99`, value: round(p(99), 1), unit: "ms", baseline: round(input.oneNode.p99, 1), target: "< 50 ms", met: p(99) < 50 },
    { measurement: `${label}: errors`, value: run.errors, unit: "requests", baseline: null, target: "0", met: run.errors === 0 },
    { measurement: `1. API floor, ${nodes} nodes: GET /api/v1/me`, value: round(floor.perSecond, 0), unit: "req/s", baseline: round(input.oneNode.floorPerSecond, 0), target: null, met: null },
  ];
  return {
    rows,
    details: {
      nodes,
      connectionsPerNode: CONNECTIONS / nodes,
      floor: { requestsPerSecond: floor.perSecond, latencyP99Ms: floor.p99, errors: floor.errors },
      durationS: run.durationS,
      requests: run.requests,
      ok: run.ok,
      perNode: run.perNode,
      statusCodes: run.statusCodes,
      latencyMs: { p50: p(50), p95: p(95), p99: p(99), max: Math.max(...run.latencies) },
      oneNode: input.oneNode,
    },
  };
}

import { describe, expect, it } from "vitest";
import { apiClient, sessionClient, type ApiAnswer, type ApiCall } from "./support/api-client";
import { signIn } from "./support/browser-session";
import { createSentenceArticle, NEWSROOM_ADMIN, usePostgresNewsroom, type AppNode } from "./support/postgres-newsroom";

/** How long PostgreSQL stays away each time. */
const OUTAGE_MS = 3_000;
/** No request may wait longer than this for its answer, outage or not. */
const ANSWER_BOUND_MS = 10_000;
/** Both nodes answer 200 again within this time of PostgreSQL being back, with no restart. */
const RECOVERY_BOUND_MS = 10_000;
const WRITERS_PER_NODE = 3;
/** Each writer keeps this many claims of its own (clearing its oldest beyond), and re-tags them in turn. */
const CLAIMS_PER_WRITER = 4;
const STATUSES = ["sourced", "unsourced", "disputed"] as const;

const newsroom = usePostgresNewsroom({ nodes: 2 });

type Sent = { node: string; op: string; claimId?: number; sentAt: number; answeredAt: number; answer?: ApiAnswer; error?: string };
type Window = { mode: string; node: string; from: number; to: number };
type OwnClaim = { id: number; version: number; status: string; deleted: boolean };

/** Everything the clients sent, and every claim whose creation was acknowledged, as its writer was last told. */
type Traffic = { sent: Sent[]; claims: OwnClaim[]; stopped: boolean };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(traffic: Traffic, node: AppNode, op: string, call: () => Promise<ApiAnswer>, claimId?: number): Promise<ApiAnswer | undefined> {
  const entry: Sent = { node: node.name, op, claimId, sentAt: Date.now(), answeredAt: 0 };
  traffic.sent.push(entry);
  try {
    entry.answer = await call();
  } catch (error) {
    entry.error = `${(error as Error).name}: ${(error as Error).message}`;
  }
  entry.answeredAt = Date.now();
  // A client told to come back later does, a little later (not Retry-After's 2 s: the test wants many samples).
  if (entry.answer?.status === 503 || entry.error) await sleep(50);
  return entry.answer;
}

/**
 * A writer through one node: in turn creates a claim, re-tags one, reads one back, and clears its
 * oldest, always with the version it was last given. Only it touches its claims, so a 503
 * ("nothing was changed") leaves its claims as they were; a later 409 would mean it was not true.
 */
async function runWriter(traffic: Traffic, node: AppNode, call: ApiCall, articleId: number, spans: { start: number; end: number }[], index: number): Promise<void> {
  const mine: OwnClaim[] = [];
  for (let turn = 0; !traffic.stopped; turn++) {
    const step = turn % 4;
    if (step === 0 || mine.length === 0) {
      const span = spans[(index * 7 + turn) % spans.length];
      const answer = await send(traffic, node, "POST claim", () => call("POST", `/api/v1/articles/${articleId}/annotations`, { json: { ...span, status: "unsourced" }, timeoutMs: ANSWER_BOUND_MS }));
      if (answer?.status === 201) {
        const claim = { id: answer.body.id, version: answer.body.version, status: answer.body.status, deleted: false };
        mine.push(claim);
        traffic.claims.push(claim);
      }
    } else if (step === 3 && mine.length > CLAIMS_PER_WRITER) {
      const oldest = mine[0];
      const answer = await send(traffic, node, "DELETE claim", () => call("DELETE", `/api/v1/annotations/${oldest.id}?version=${oldest.version}`, { timeoutMs: ANSWER_BOUND_MS }), oldest.id);
      if (answer?.status === 204) Object.assign(mine.shift()!, { deleted: true });
    } else if (step === 2) {
      const { id } = mine[turn % mine.length];
      await send(traffic, node, "GET claim", () => call("GET", `/api/v1/annotations/${id}`, { timeoutMs: ANSWER_BOUND_MS }), id);
    } else {
      const claim = mine[turn % mine.length];
      const status = STATUSES[(STATUSES.indexOf(claim.status as (typeof STATUSES)[number]) + 1) % 3];
      const answer = await send(traffic, node, "PATCH claim", () => call("PATCH", `/api/v1/annotations/${claim.id}`, { json: { status, version: claim.version }, timeoutMs: ANSWER_BOUND_MS }), claim.id);
      if (answer?.status === 200) Object.assign(claim, { version: answer.body.version, status: answer.body.status });
    }
  }
}

/** A signed-in browser's reads through one node: who am I, the article. */
async function runReader(traffic: Traffic, node: AppNode, call: ApiCall, articleId: number): Promise<void> {
  for (let turn = 0; !traffic.stopped; turn++) {
    if (turn % 2 === 0) await send(traffic, node, "GET me (cookie)", () => call("GET", "/api/v1/me", { timeoutMs: ANSWER_BOUND_MS }));
    else await send(traffic, node, "GET article (cookie)", () => call("GET", `/api/v1/articles/${articleId}`, { timeoutMs: ANSWER_BOUND_MS }));
  }
}

/** Polls a node until a read that needs the database answers 200; answers when that happened. */
async function waitUntilServing(call: ApiCall): Promise<number> {
  const deadline = Date.now() + RECOVERY_BOUND_MS + 5_000;
  while (Date.now() < deadline) {
    const answer = await call("GET", "/api/v1/me", { timeoutMs: ANSWER_BOUND_MS }).catch(() => undefined);
    if (answer?.status === 200) return Date.now();
    await sleep(50);
  }
  throw new Error("the node did not serve again");
}

const EXPECTED: Record<string, number> = { "POST claim": 201, "DELETE claim": 204, "PATCH claim": 200, "GET claim": 200, "GET me (cookie)": 200, "GET article (cookie)": 200 };

/** What is wrong with one request's answer, given when the database was away from its node; null if nothing. */
function fault(entry: Sent, windows: Window[], sent: Sent[]): string | null {
  const where = `${entry.op} of claim ${entry.claimId ?? "(new)"} on node ${entry.node} at +${entry.sentAt - sent[0].sentAt} ms`;
  if (entry.error) return `${where}: no answer (${entry.error})`;
  const { status, body, headers, ms } = entry.answer!;
  if (ms > ANSWER_BOUND_MS) return `${where}: answered after ${ms.toFixed(0)} ms`;
  if (status === EXPECTED[entry.op]) return null;
  const during = windows.some((w) => w.node === entry.node && entry.sentAt <= w.to && entry.answeredAt >= w.from);
  if (status === 503 && during) {
    if (body?.error?.code !== "database_unavailable") return `${where}: 503 without code database_unavailable: ${entry.answer!.text.slice(0, 200)}`;
    if (!headers.get("retry-after")) return `${where}: 503 without Retry-After`;
    return null;
  }
  // A conflict on a writer's own claim: an earlier write it was told had not happened did happen.
  const earlier = sent.filter((other) => other.claimId === entry.claimId && other.op !== "GET claim" && other.sentAt < entry.sentAt).slice(-2);
  const history = entry.claimId && status === 409 ? `; before it: ${earlier.map((other) => `${other.op} → ${other.answer?.status ?? other.error} ${other.answer?.text.slice(0, 120) ?? ""}`).join(" | ")}` : "";
  return `${where}: ${status}${during ? " during the outage" : ""} ${entry.answer!.text.slice(0, 200)}${history}`;
}

describe("PostgreSQL stopped under load", () => {
  it(`answers 503 database_unavailable while it is away (${OUTAGE_MS / 1000} s, fast and immediate stops), never a 500 or a hang, and both nodes serve again by themselves`, async () => {
    const room = newsroom();
    const token = await room.adminToken();
    const { articleId, spans } = await createSentenceArticle(room, token, { title: "PostgreSQL outage", sentence: (n) => `Outage sentence ${n} states a fact.` });

    const traffic: Traffic = { sent: [], claims: [], stopped: false };
    const clients: Promise<void>[] = [];
    for (const node of room.nodes) {
      const call = apiClient(node.url, token);
      for (let i = 0; i < WRITERS_PER_NODE; i++) clients.push(runWriter(traffic, node, call, articleId, spans, clients.length));
      clients.push(runReader(traffic, node, sessionClient(node.url, await signIn(node.url, NEWSROOM_ADMIN)), articleId));
    }

    const windows: Window[] = [];
    const figures: string[] = [];
    try {
      for (const mode of ["fast", "immediate"] as const) {
        await sleep(1_500);
        const from = Date.now();
        await room.postgres.stopPostgres({ mode });
        const stoppedIn = Date.now() - from;
        await sleep(OUTAGE_MS);
        const restarting = Date.now();
        await room.postgres.startPostgres();
        const startedIn = Date.now() - restarting;
        const back = await Promise.all(room.nodes.map(async (node) => waitUntilServing(apiClient(node.url, token))));
        room.nodes.forEach((node, i) => windows.push({ mode, node: node.name, from, to: back[i] }));
        figures.push(`${mode} stop (took ${stoppedIn} ms), ${OUTAGE_MS} ms away, start took ${startedIn} ms; nodes serving again ${back.map((t) => t - restarting - startedIn).join(" and ")} ms after PostgreSQL was back`);
        for (const t of back) expect(t - restarting - startedIn, `${mode}: recovery`).toBeLessThan(RECOVERY_BOUND_MS);
      }
      await sleep(1_500);
    } finally {
      traffic.stopped = true;
      await Promise.all(clients);
    }

    const faults = traffic.sent.map((entry) => fault(entry, windows, traffic.sent)).filter((f) => f !== null);
    const inWindow = (entry: Sent) => windows.some((w) => w.node === entry.node && entry.sentAt <= w.to && entry.answeredAt >= w.from);
    const during = traffic.sent.filter(inWindow);
    const unavailable = during.filter((entry) => entry.answer?.status === 503);
    const slowest = Math.max(...traffic.sent.map((entry) => entry.answer?.ms ?? 0));
    const perOp = new Map<string, number>();
    for (const { op } of unavailable) perOp.set(op, (perOp.get(op) ?? 0) + 1);
    const byOp = [...perOp].map(([op, n]) => `${op} ${n}`).join(", ");
    console.log(
      [
        `postgres outage: ${traffic.sent.length} requests through 2 nodes, ${faults.length} faults; slowest answer ${slowest.toFixed(0)} ms (bound ${ANSWER_BOUND_MS} ms)`,
        ...figures.map((f) => `  ${f}`),
        `  during the outages: ${during.length} requests, ${unavailable.length} × 503 database_unavailable (${byOp}), ${during.length - unavailable.length} answered as usual (before the stop or after the return)`,
      ].join("\n"),
    );
    expect(faults.slice(0, 20), `${faults.length} requests answered wrongly`).toEqual([]);
    expect(unavailable.length, "the outage was not noticed: the test proves nothing").toBeGreaterThan(0);

    // Nothing half-written: each claim has its claim.created event, one claim.updated event per
    // re-tag and a claim.deleted event if cleared, its version moved once for each; and each claim
    // is as its writer was last told.
    const { rows } = await room.sql.query<{ id: number; version: number; status: string; deleted: boolean; created: number; updated: number; cleared: number }>(
      `select a.id, a.version, a.status, a.deleted_at is not null as deleted,
         (select count(*)::int from events e where e.annotation_id = a.id and e.type = 'claim.created') as created,
         (select count(*)::int from events e where e.annotation_id = a.id and e.type = 'claim.updated') as updated,
         (select count(*)::int from events e where e.annotation_id = a.id and e.type = 'claim.deleted') as cleared
       from annotations a where a.article_id = $1`,
      [articleId],
    );
    const inconsistent = rows.filter((row) => row.created !== 1 || row.cleared !== (row.deleted ? 1 : 0) || row.version !== 1 + row.updated + row.cleared);
    expect(inconsistent, "claims whose events disagree with them").toEqual([]);
    const stored = new Map(rows.map((row) => [row.id, row]));
    const differing = traffic.claims.filter((claim) => {
      const row = stored.get(claim.id);
      return !row || row.deleted !== claim.deleted || (!claim.deleted && (row.version !== claim.version || row.status !== claim.status));
    });
    const story = (claim: OwnClaim) => ({
      told: claim,
      stored: stored.get(claim.id),
      writes: traffic.sent.filter((entry) => entry.claimId === claim.id && entry.op !== "GET claim").slice(-3).map((entry) => `${entry.op} on ${entry.node} → ${entry.answer?.status ?? entry.error} ${entry.answer?.text.slice(0, 100) ?? ""}`),
    });
    expect(differing.map(story), "acknowledged claims missing, or not as their writer was last told").toEqual([]);
    const updates = rows.reduce((n, row) => n + row.updated, 0);
    const deletes = rows.filter((row) => row.deleted).length;
    console.log(`  afterwards: ${rows.length} claims created (${rows.length - traffic.claims.length} committed without an acknowledgement), ${updates} re-tagged, ${deletes} cleared, each with its events; every claim as its writer was last told`);
    // Every request was answered (no faults), so a claim no writer was told of was answered 503,
    // "nothing was changed", though it was created.
    expect(rows.length, "claims created though their request was answered 503").toBe(traffic.claims.length);
  });
});

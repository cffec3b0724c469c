import { beforeAll, describe, expect, it } from "vitest";
import { apiClient, type ApiAnswer, type ApiCall } from "./support/api-client";
import { createTokenOnSettingsPage, signIn } from "./support/browser-session";
import { NEWSROOM_ADMIN, usePostgresNewsroom } from "./support/postgres-newsroom";

const CLIENTS = 20;
const ROUNDS = 5;
const READ_AFTER_WRITE_ROUNDS = 20;
const STATUSES = ["sourced", "unsourced", "disputed"] as const;

const newsroom = usePostgresNewsroom({ nodes: 2 });

/** The admin's client on node A and on node B. */
let onA: ApiCall;
let onB: ApiCall;
let articleId: number;
let sentences: { start: number; end: number }[];

beforeAll(async () => {
  let room;
  try {
    room = newsroom();
  } catch {
    return; // the tests report the start error
  }
  const token = await room.adminToken();
  [onA, onB] = room.nodes.map((node) => apiClient(node.url, token));
  articleId = (await onA("GET", "/api/v1/articles")).body.articles[0].id;
  sentences = (await onA("GET", `/api/v1/articles/${articleId}/sentences`)).body.sentences.map(({ start, end }: { start: number; end: number }) => ({ start, end }));
}, 60_000);

function tally(answers: ApiAnswer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

describe("two nodes on one PostgreSQL", () => {
  it("accepts on node B the session cookie signed in on node A, and the reverse", async () => {
    const [a, b] = newsroom().nodes;
    for (const [from, to] of [[a, b], [b, a]]) {
      const cookie = await signIn(from.url, NEWSROOM_ADMIN);
      const me = await fetch(`${to.url}/api/v1/me`, { headers: { cookie } });
      expect(me.status, `cookie from node ${from.name} on node ${to.name}`).toBe(200);
      expect(await me.json()).toMatchObject({ role: "admin" });
    }
    // A cookie signed with another secret is nobody's, on either node.
    const forged = (await signIn(a.url, NEWSROOM_ADMIN)).replace(/\.[^.;]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D");
    for (const node of [a, b]) expect((await fetch(`${node.url}/api/v1/me`, { headers: { cookie: forged } })).status).toBe(401);
  });

  it("accepts on node B an API token made on node A's settings page", async () => {
    const [a, b] = newsroom().nodes;
    const cookie = await signIn(a.url, NEWSROOM_ADMIN);
    const token = await createTokenOnSettingsPage(a.url, cookie, "made on node A");
    const me = await apiClient(b.url, token)("GET", "/api/v1/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: "admin" });
  });

  it(`reads through one node what was just written through the other, ${READ_AFTER_WRITE_ROUNDS} times`, async () => {
    for (let round = 0; round < READ_AFTER_WRITE_ROUNDS; round++) {
      const [writer, reader] = round % 2 === 0 ? [onA, onB] : [onB, onA];
      const span = sentences[round % sentences.length];
      const created = await writer("POST", `/api/v1/articles/${articleId}/annotations`, { json: { ...span, status: "unsourced", note: `round ${round}` } });
      expect(created.status, created.text).toBe(201);
      const read = await reader("GET", `/api/v1/annotations/${created.body.id}`);
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: created.body.id, version: 1, status: "unsourced", note: `round ${round}` });

      const updated = await reader("PATCH", `/api/v1/annotations/${created.body.id}`, { json: { version: 1, status: "disputed" } });
      expect(updated.status, updated.text).toBe(200);
      expect((await writer("GET", `/api/v1/annotations/${created.body.id}`)).body).toMatchObject({ version: 2, status: "disputed" });
      const listed = (await writer("GET", `/api/v1/articles/${articleId}/annotations`)).text;
      expect(listed).toContain(`"round ${round}"`);
    }
  });

  it(`lets exactly one of ${CLIENTS} concurrent updates of one claim, split across both nodes, win, ${ROUNDS} times over`, async () => {
    const { sql } = newsroom();
    const created = await onA("POST", `/api/v1/articles/${articleId}/annotations`, { json: { ...sentences[0], status: "unsourced" } });
    expect(created.status).toBe(201);
    const claimId: number = created.body.id;
    const winners: { status: string; note: string }[] = [];
    const totals: Record<number, number> = {};

    for (let round = 1; round <= ROUNDS; round++) {
      const version = round;
      const changes = Array.from({ length: CLIENTS }, (_, i) => ({ status: STATUSES[(round + i) % 3], note: `round ${round}, client ${i}` }));
      const answers = await Promise.all(changes.map(async (change, i) => (i % 2 === 0 ? onA : onB)("PATCH", `/api/v1/annotations/${claimId}`, { json: { ...change, version } })));

      const counts = tally(answers);
      for (const [status, n] of Object.entries(counts)) totals[Number(status)] = (totals[Number(status)] ?? 0) + n;
      const failures = answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${a.text.slice(0, 200)}`);
      expect(failures, `round ${round}: server errors`).toEqual([]);
      expect(counts, `round ${round}`).toEqual({ 200: 1, 409: CLIENTS - 1 });
      for (const refused of answers.filter((a) => a.status === 409)) {
        expect(refused.body.error).toMatchObject({ code: "stale_version", currentVersion: version + 1 });
      }
      const winner = changes[answers.findIndex((a) => a.status === 200)];
      winners.push(winner);
      for (const read of [onA, onB]) expect((await read("GET", `/api/v1/annotations/${claimId}`)).body).toMatchObject({ version: version + 1, ...winner });
    }

    const { rows } = await sql.query<{ after: { note: string } }>("select after from events where annotation_id = $1 and type = 'claim.updated' order by id", [claimId]);
    expect(rows.map((row) => row.after.note)).toEqual(winners.map((w) => w.note));
    console.log(`postgres nodes: ${ROUNDS} rounds × ${CLIENTS} concurrent PATCHes split across 2 nodes → ${JSON.stringify(totals)} in all (1 × 200 and ${CLIENTS - 1} × 409 stale_version each round); ${rows.length} claim.updated events`);
  });

  it(`lets exactly one of ${CLIENTS} concurrent moves of one claim to other sentences, split across both nodes, win`, async () => {
    const { sql } = newsroom();
    const created = await onB("POST", `/api/v1/articles/${articleId}/annotations`, { json: { ...sentences[1], status: "sourced" } });
    expect(created.status).toBe(201);
    const claimId: number = created.body.id;
    const targets = Array.from({ length: CLIENTS }, (_, i) => sentences[2 + (i % (sentences.length - 2))]);
    const answers = await Promise.all(targets.map(async (span, i) => (i % 2 === 0 ? onA : onB)("PATCH", `/api/v1/annotations/${claimId}`, { json: { ...span, version: 1 } })));

    expect(answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${a.text.slice(0, 200)}`), "server errors").toEqual([]);
    expect(tally(answers)).toEqual({ 200: 1, 409: CLIENTS - 1 });
    const winner = targets[answers.findIndex((a) => a.status === 200)];
    for (const read of [onA, onB]) expect((await read("GET", `/api/v1/annotations/${claimId}`)).body).toMatchObject({ version: 2, ...winner });
    const { rows } = await sql.query("select type from events where annotation_id = $1 order by id", [claimId]);
    expect(rows.map((row) => row.type)).toEqual(["claim.created", "claim.moved"]);
  });
});

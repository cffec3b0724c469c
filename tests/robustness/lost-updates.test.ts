import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, type ApiAnswer, type ApiCall } from "./support/api-client";
import { ADMIN_EMAIL, startAppServer, type AppServer } from "./support/app-server";

const CLIENTS = 20;
const ROUNDS = 5;
const STATUSES = ["sourced", "unsourced", "disputed"] as const;

let server: AppServer;
let reviewer: ApiCall;
let admin: ApiCall;
let articleId: number;

beforeAll(async () => {
  server = await startAppServer();
  admin = apiClient(server.url, await server.tokenFor(ADMIN_EMAIL));
  reviewer = apiClient(server.url, await server.addPerson("reviewer", "Rita Reviewer"));
  articleId = (await admin("GET", "/api/v1/articles")).body.articles[0].id;
});

afterAll(async () => {
  await server?.stop();
});

function tally(answers: ApiAnswer[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of answers) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** The claim.updated events of a claim as the log stores them, oldest first. */
function updateEvents(claimId: number): { before: unknown; after: unknown }[] {
  const sqlite = new Database(server.dbFile, { readonly: true });
  try {
    const rows = sqlite.prepare("select before, after from events where annotation_id = ? and type = 'claim.updated' order by id").all(claimId) as { before: string; after: string }[];
    return rows.map((row) => ({ before: JSON.parse(row.before), after: JSON.parse(row.after) }));
  } finally {
    sqlite.close();
  }
}

describe("lost updates", () => {
  it(`lets exactly one of ${CLIENTS} concurrent claim updates on one version win, ${ROUNDS} times over`, async () => {
    const [sentence] = (await reviewer("GET", `/api/v1/articles/${articleId}/sentences`)).body.sentences;
    const created = await reviewer("POST", `/api/v1/articles/${articleId}/annotations`, { json: { start: sentence.start, end: sentence.end, status: "unsourced" } });
    expect(created.status).toBe(201);
    const claimId: number = created.body.id;
    const winners: { status: string; note: string }[] = [];

    for (let round = 1; round <= ROUNDS; round++) {
      const version = round; // each round starts from the version the previous winner left
      const changes = Array.from({ length: CLIENTS }, (_, i) => ({ status: STATUSES[(round + i) % 3], note: `round ${round}, client ${i}` }));
      const answers = await Promise.all(changes.map(async (change) => reviewer("PATCH", `/api/v1/annotations/${claimId}`, { json: { ...change, version } })));

      expect(tally(answers), `round ${round}`).toEqual({ 200: 1, 409: CLIENTS - 1 });
      for (const refused of answers.filter((a) => a.status === 409)) {
        expect(refused.body.error).toMatchObject({ code: "stale_version", currentVersion: version + 1 });
      }
      const winner = changes[answers.findIndex((a) => a.status === 200)];
      winners.push(winner);

      const claim = (await reviewer("GET", `/api/v1/annotations/${claimId}`)).body;
      expect(claim).toMatchObject({ version: version + 1, status: winner.status, note: winner.note });
    }

    // The log holds exactly the winners' changes, in order, and agrees with the claim.
    const history = (await reviewer("GET", `/api/v1/annotations/${claimId}/history`)).body.events as { type: string }[];
    expect(history.map((e) => e.type)).toEqual(["claim.created", ...winners.map(() => "claim.updated")]);
    const events = updateEvents(claimId);
    expect(events.map((e) => (e.after as { note: string }).note)).toEqual(winners.map((w) => w.note));
    let status = "unsourced";
    events.forEach((event, i) => {
      if (winners[i].status !== status) expect(event).toMatchObject({ before: { status }, after: { status: winners[i].status } });
      status = winners[i].status;
    });
    console.log(`lost updates: ${ROUNDS} rounds × ${CLIENTS} concurrent PATCHes → 1 × 200 and ${CLIENTS - 1} × 409 each; ${events.length} claim.updated events, claim at version ${ROUNDS + 1}`);
  });

  it("lets exactly one of two concurrent text saves on one revision win", async () => {
    for (let round = 1; round <= 3; round++) {
      const article = (await admin("GET", `/api/v1/articles/${articleId}`)).body;
      const revisionsBefore = (await admin("GET", `/api/v1/articles/${articleId}/revisions`)).body.revisions.length;
      const texts = ["A", "B"].map((who) => `${article.text}\n\nEdit ${round} by writer ${who}.`);
      const answers = await Promise.all(texts.map(async (text) => admin("PATCH", `/api/v1/articles/${articleId}`, { json: { baseRevision: article.revision, text } })));

      expect(tally(answers), `round ${round}`).toEqual({ 200: 1, 409: 1 });
      expect(answers.find((a) => a.status === 409)!.body.error).toMatchObject({ code: "stale_revision", currentRevision: article.revision + 1 });
      const winner = texts[answers.findIndex((a) => a.status === 200)];

      const after = (await admin("GET", `/api/v1/articles/${articleId}`)).body;
      expect(after).toMatchObject({ revision: article.revision + 1, text: winner });
      expect((await admin("GET", `/api/v1/articles/${articleId}/revisions`)).body.revisions).toHaveLength(revisionsBefore + 1);
    }
    console.log("lost updates: 3 rounds × 2 concurrent text saves on one baseRevision → 1 × 200 and 1 × 409 stale_revision each; one new revision per round");
  });
});

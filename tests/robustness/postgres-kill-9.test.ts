import { describe, expect, it } from "vitest";
import { apiClient, type ApiCall } from "./support/api-client";
import { createSentenceArticle, usePostgresNewsroom, type AppNode } from "./support/postgres-newsroom";

/** Each round but the last restarts the killed node (~10 s on two cores). */
const ROUNDS = 3;
/** Clients writing claims through the node that is killed, and through the one that stays. */
const WRITERS_ON_VICTIM = 6;
const WRITERS_ON_SURVIVOR = 2;
const STATUSES = ["sourced", "unsourced", "disputed"] as const;

const newsroom = usePostgresNewsroom({ nodes: 2 });

type Tally = { acknowledged: number[]; failures: string[] };

/**
 * Creates claims through `call` until `until()` says stop, one request at a time. A claim whose 201
 * came back is acknowledged; a request the node never answered (it was killed) is not.
 */
async function writeClaims(call: ApiCall, articleId: number, spans: { start: number; end: number }[], until: () => boolean, tally: Tally, expectAnswers: boolean): Promise<void> {
  for (let i = 0; !until(); i++) {
    const span = spans[i % spans.length];
    try {
      const answer = await call("POST", `/api/v1/articles/${articleId}/annotations`, { json: { ...span, status: STATUSES[i % 3], note: `write ${i}` }, timeoutMs: 10_000 });
      if (answer.status === 201) tally.acknowledged.push(answer.body.id);
      else tally.failures.push(`${answer.status} ${answer.text.slice(0, 200)}`);
    } catch (error) {
      // The killed node's connections end without an answer: expected there, a failure elsewhere.
      if (expectAnswers) tally.failures.push(`no answer: ${(error as Error).message}`);
      else return;
    }
  }
}

describe("kill -9 of a node on PostgreSQL while it takes writes", () => {
  it(`loses no acknowledged claim over ${ROUNDS} kills, while the other node keeps serving`, async () => {
    const room = newsroom();
    const token = await room.adminToken();
    const { articleId, spans } = await createSentenceArticle(room, token, { title: "Kill -9 on PostgreSQL", sentence: (n) => `Sentence number ${n} says something checkable.` });

    let [victim, survivor]: AppNode[] = room.nodes;
    const perRound: number[] = [];
    const killTimes: number[] = [];
    let survivorWrites = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const onVictim: Tally = { acknowledged: [], failures: [] };
      const onSurvivor: Tally = { acknowledged: [], failures: [] };
      let killed = false;
      let survivorDone = false;
      const killedAfterMs = 50 + Math.floor(Math.random() * 450);
      const victimCall = apiClient(victim.url, token);
      const survivorCall = apiClient(survivor.url, token);

      const victimWriters = Array.from({ length: WRITERS_ON_VICTIM }, () => writeClaims(victimCall, articleId, spans, () => killed, onVictim, false));
      const survivorWriters = Array.from({ length: WRITERS_ON_SURVIVOR }, () => writeClaims(survivorCall, articleId, spans, () => survivorDone, onSurvivor, true));
      // The kill lands at a random moment once writes are going through the victim.
      while (onVictim.acknowledged.length === 0 && onVictim.failures.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      await new Promise((resolve) => setTimeout(resolve, killedAfterMs));
      await victim.kill();
      killed = true;
      await Promise.all(victimWriters);
      // The survivor goes on writing for a moment after the kill, then stops.
      await new Promise((resolve) => setTimeout(resolve, 500));
      survivorDone = true;
      await Promise.all(survivorWriters);

      expect(onSurvivor.failures, `round ${round}: node ${survivor.name} failed while node ${victim.name} was killed`).toEqual([]);
      expect(onVictim.failures, `round ${round}: node ${victim.name} refused writes before its kill`).toEqual([]);
      const acknowledged = [...onVictim.acknowledged, ...onSurvivor.acknowledged];
      const { rows } = await room.sql.query<{ id: number; created: number }>(
        "select a.id, (select count(*)::int from events e where e.annotation_id = a.id and e.type = 'claim.created') as created from annotations a where a.id = any($1::int[]) and a.article_id = $2 and a.deleted_at is null",
        [acknowledged, articleId],
      );
      const present = new Set(rows.filter((row) => row.created === 1).map((row) => row.id));
      expect(acknowledged.filter((id) => !present.has(id)), `round ${round}: acknowledged claims missing after the kill`).toEqual([]);
      // Nothing half-written: no claim of the article without its claim.created event, committed or not acknowledged.
      const { rows: orphans } = await room.sql.query("select a.id from annotations a where a.article_id = $1 and (select count(*) from events e where e.annotation_id = a.id and e.type = 'claim.created') <> 1", [articleId]);
      expect(orphans, `round ${round}: claims without exactly one claim.created event`).toEqual([]);
      // Read through the node that stayed, at once.
      const listed = await survivorCall("GET", `/api/v1/articles/${articleId}/annotations`);
      expect(listed.status).toBe(200);
      const listedIds = new Set((listed.body.annotations as { id: number }[]).map((claim) => claim.id));
      expect(acknowledged.filter((id) => !listedIds.has(id)), `round ${round}: acknowledged claims not listed through node ${survivor.name}`).toEqual([]);

      perRound.push(onVictim.acknowledged.length);
      killTimes.push(killedAfterMs);
      survivorWrites += onSurvivor.acknowledged.length;
      // The killed node comes back as a new process; the nodes swap roles for the next round.
      if (round < ROUNDS) [victim, survivor] = [survivor, await room.startNode(victim.name)];
    }

    const { rows: [counts] } = await room.sql.query<{ claims: number; events: number }>(
      "select (select count(*)::int from annotations where article_id = $1) as claims, (select count(*)::int from events where article_id = $1 and type = 'claim.created') as events",
      [articleId],
    );
    const total = perRound.reduce((a, b) => a + b, 0);
    console.log(
      `postgres kill -9: ${ROUNDS} rounds, node killed ${Math.min(...killTimes)}–${Math.max(...killTimes)} ms after its first acknowledged write, ${WRITERS_ON_VICTIM} writers on it; ` +
        `${total} acknowledged claims through the killed node (${Math.min(...perRound)}–${Math.max(...perRound)} per round) and ${survivorWrites} through the other, 0 lost; ` +
        `${counts.claims} claims in the database (${counts.claims - total - survivorWrites} committed but never acknowledged), ${counts.events} claim.created events`,
    );
    expect(counts.events).toBe(counts.claims);
    // The test proves nothing unless the kills landed while writes were going on.
    expect(perRound.every((n) => n > 0)).toBe(true);
  });
});

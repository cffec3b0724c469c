import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findLiveClaimSpansByArticle } from "@/db/queries/annotations";
import { insertUserWithPassword } from "@/db/queries/people";
import { AppError } from "@/lib/api/app-error";
import { isThreadOpen } from "@/lib/comments/is-thread-open";
import { createArticle } from "@/server/articles/create-article";
import { getArticle } from "@/server/articles/get-article";
import { setArticleState } from "@/server/articles/set-article-state";
import { createClaim } from "@/server/claims/create-claim";
import { createComment } from "@/server/comments/create-comment";
import { listArticleThreads } from "@/server/comments/list-article-threads";
import { makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * A sign-off records what it signs. Writes racing with it must land before it (and be counted in
 * what it recorded) or be refused with article_verified: never slip in between the figures and the
 * commit. On PostgreSQL these really run at once; on SQLite they take turns, and must agree too.
 */
const ROUNDS = 4;
const WRITERS = 8;
const TEXT = Array.from({ length: 20 }, (_, i) => `Sentence number ${i + 1} states a fact.`).join(" ");
const SENTENCES = [...TEXT.matchAll(/S[^.]*\./g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

let database: TestDatabase;

beforeEach(async () => {
  database = await makeTestDatabase();
  await insertUserWithPassword(database.db, { id: "test-admin", name: "Ada Admin", email: "ada@example.org", role: "admin", passwordHash: "unused", now: new Date() });
});
afterEach(async () => database.cleanup());

/** Fulfilled value, or the AppError code it was refused with; anything else fails the test. */
async function outcome<T>(write: Promise<T>): Promise<{ ok: T } | { refused: string }> {
  try {
    return { ok: await write };
  } catch (error) {
    if (error instanceof AppError) return { refused: error.code };
    throw error;
  }
}

describe("a sign-off racing with writes", () => {
  it(`counts every claim that landed before it and refuses the rest, ${ROUNDS} rounds of ${WRITERS} writers`, async () => {
    const admin = makeContext(database.db);
    const signed: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const articleId = (await createArticle(admin, { title: `Race ${round}`, language: "en", text: TEXT })).id;
      await setArticleState(admin, { articleId, state: "in_review" });

      // Half the writers set off before the sign-off, half after it.
      const write = async (span: { start: number; end: number }) => outcome(createClaim(makeContext(database.db), { articleId, input: { ...span, status: "sourced" } }));
      const before = SENTENCES.slice(0, WRITERS / 2).map(write);
      const signOff = outcome(setArticleState(makeContext(database.db), { articleId, state: "verified", confirm: true }));
      const after = SENTENCES.slice(WRITERS / 2, WRITERS).map(write);
      const [signature, ...claims] = await Promise.all([signOff, ...before, ...after]);

      expect(signature).toHaveProperty("ok");
      for (const claim of claims) if ("refused" in claim) expect(claim.refused).toBe("article_verified");
      const landed = claims.filter((claim) => "ok" in claim).length;
      const { signOff: record } = await getArticle(admin, { articleId });
      const live = await findLiveClaimSpansByArticle(database.db, articleId);
      expect(live).toHaveLength(landed);
      expect(record?.coverage.tagged, `round ${round}: the sign-off's figures`).toBe(landed);
      signed.push(landed);
    }
    console.log(`sign-off race: claims counted in each sign-off ${signed.join(", ")} of ${WRITERS} racing`);
  });

  it("never verifies an article while a thread opened meanwhile is open", async () => {
    const admin = makeContext(database.db);
    for (let round = 0; round < ROUNDS; round++) {
      const articleId = (await createArticle(admin, { title: `Thread race ${round}`, language: "en", text: TEXT })).id;
      const claims = await Promise.all(SENTENCES.slice(0, WRITERS).map(async (span) => createClaim(admin, { articleId, input: { ...span, status: "unsourced" } })));
      await setArticleState(admin, { articleId, state: "in_review" });

      const threads = claims.map(async (claim) => outcome(createComment(makeContext(database.db), { claimId: claim.id, input: { body: "Who says so?" } })));
      const [signature, ...opened] = await Promise.all([outcome(setArticleState(makeContext(database.db), { articleId, state: "verified", confirm: true })), ...threads]);

      const openNow = Object.values(await listArticleThreads(admin, { articleId })).flat().filter(isThreadOpen).length;
      if ("ok" in signature) {
        expect(openNow, `round ${round}: verified with open threads`).toBe(0);
        for (const comment of opened) expect(comment).toEqual({ refused: "article_verified" });
      } else {
        expect(signature.refused).toBe("conflict");
        expect(openNow).toBeGreaterThan(0);
      }
    }
  });
});

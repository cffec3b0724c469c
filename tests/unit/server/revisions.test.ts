import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findEventsByArticle } from "@/db/queries/events";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { getArticle } from "@/server/articles/get-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import type { ServiceContext } from "@/server/context";
import { getRevision } from "@/server/revisions/get-revision";
import { listRevisions } from "@/server/revisions/list-revisions";
import { restoreRevision } from "@/server/revisions/restore-revision";
import { makeArticleInput, SAMPLE_TEXT } from "../support/builders";
import { expectAppError } from "../support/expect-app-error";
import { makePersonWithToken } from "../support/people";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";

const EDITED_TEXT = SAMPLE_TEXT.replace("confirmé la nouvelle mardi", "démenti la nouvelle lundi");

let database: TestDatabase;
let ctx: ServiceContext;

beforeEach(async () => {
  database = await makeTestDatabase();
  ctx = makeContext(database.db);
});
afterEach(async () => database.cleanup());

/** An article at revision 2: SAMPLE_TEXT, then EDITED_TEXT saved by `editor`. */
async function articleWithTwoRevisions(editor: ServiceContext = ctx): Promise<number> {
  const article = await createArticle(ctx, makeArticleInput());
  await updateArticleText(editor, { articleId: article.id, content: plainTextToDoc(EDITED_TEXT), baseRevision: 1 });
  return article.id;
}

describe("listRevisions and getRevision", () => {
  it("lists revisions newest first, marks the current one and names who saved each", async () => {
    const journalist = await makePersonWithToken(database.db, "journalist", "Jo Journalist");
    const articleId = await articleWithTwoRevisions({ ...ctx, actor: { id: journalist.id, name: journalist.name, role: "journalist" } });
    const revisions = await listRevisions(makeContext(database.db, { role: "viewer" }), { articleId });
    expect(revisions).toEqual([
      { number: 2, createdAt: expect.any(String), createdBy: { id: journalist.id, name: "Jo Journalist", email: expect.stringMatching(/^journalist-.*@example\.org$/), role: "journalist" }, textLength: EDITED_TEXT.length, current: true },
      { number: 1, createdAt: "2026-01-15T09:00:00.000Z", createdBy: { id: "test-admin", name: "Former member" }, textLength: SAMPLE_TEXT.length, current: false },
    ]);
  });

  it("answers one revision with its text and document, for any role", async () => {
    const articleId = await articleWithTwoRevisions();
    const first = await getRevision(makeContext(database.db, { role: "viewer" }), { articleId, number: 1 });
    expect(first).toMatchObject({ number: 1, current: false, text: SAMPLE_TEXT, textLength: SAMPLE_TEXT.length });
    expect(first.content).toMatchObject({ type: "doc" });
    expect(await getRevision(ctx, { articleId, number: 2 })).toMatchObject({ number: 2, current: true, text: EDITED_TEXT });
  });

  it("is not_found for an unknown revision or article, and unauthenticated for nobody", async () => {
    const articleId = await articleWithTwoRevisions();
    await expectAppError(async () => getRevision(ctx, { articleId, number: 3 }), "not_found");
    await expectAppError(async () => getRevision(ctx, { articleId: 999, number: 1 }), "not_found");
    await expectAppError(async () => listRevisions(ctx, { articleId: 999 }), "not_found");
    await expectAppError(async () => listRevisions(makeContext(database.db, { role: null }), { articleId }), "unauthenticated");
    await expectAppError(async () => getRevision(makeContext(database.db, { role: null }), { articleId, number: 1 }), "unauthenticated");
  });
});

describe("restoreRevision", () => {
  it("saves the old text as a new revision n+1 and keeps the history", async () => {
    const articleId = await articleWithTwoRevisions();
    const journalist = makeContext(database.db, { role: "journalist", start: "2026-02-01T10:00:00.000Z" });
    const { article, reanchor } = await restoreRevision(journalist, { articleId, number: 1, baseRevision: 2 });
    expect(article).toMatchObject({ id: articleId, revision: 3, text: SAMPLE_TEXT });
    expect(reanchor).toMatchObject({ kept: 0, moved: 0, requoted: 0, orphaned: 0 });
    expect(await getRevision(ctx, { articleId, number: 3 })).toMatchObject({ text: SAMPLE_TEXT, current: true, createdBy: { id: "test-journalist" } });
    expect((await getRevision(ctx, { articleId, number: 3 })).content).toEqual((await getRevision(ctx, { articleId, number: 1 })).content);
    expect((await listRevisions(ctx, { articleId })).map((r) => [r.number, r.current])).toEqual([[3, true], [2, false], [1, false]]);
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({ type: "article.restored", actorId: "test-journalist", after: { revision: 3, restoredFrom: 1 } });
  });

  it("refuses a stale baseRevision and writes nothing", async () => {
    const articleId = await articleWithTwoRevisions();
    const before = await countRows(database.db);
    const stale = await expectAppError(async () => restoreRevision(ctx, { articleId, number: 1, baseRevision: 1 }), "stale_revision");
    expect(stale.status).toBe(409);
    expect(await countRows(database.db)).toEqual(before);
    expect(await getArticle(ctx, { articleId })).toMatchObject({ revision: 2, text: EDITED_TEXT });
  });

  it("refuses to restore the current revision, or one that does not exist, writing nothing", async () => {
    const articleId = await articleWithTwoRevisions();
    const before = await countRows(database.db);
    const current = await expectAppError(async () => restoreRevision(ctx, { articleId, number: 2, baseRevision: 2 }), "invalid_input");
    expect(current.message).toMatch(/already the current text/);
    await expectAppError(async () => restoreRevision(ctx, { articleId, number: 7, baseRevision: 2 }), "not_found");
    await expectAppError(async () => restoreRevision(ctx, { articleId: 999, number: 1, baseRevision: 2 }), "not_found");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("is forbidden to roles that may not edit the text", async () => {
    const articleId = await articleWithTwoRevisions();
    const before = await countRows(database.db);
    for (const role of ["viewer", "reviewer"] as const) {
      await expectAppError(async () => restoreRevision(makeContext(database.db, { role }), { articleId, number: 1, baseRevision: 2 }), "forbidden");
    }
    await expectAppError(async () => restoreRevision(makeContext(database.db, { role: null }), { articleId, number: 1, baseRevision: 2 }), "unauthenticated");
    expect(await countRows(database.db)).toEqual(before);
  });
});

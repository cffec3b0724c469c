import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findEventsByArticle } from "@/db/queries/events";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import { createClaim } from "@/server/claims/create-claim";
import type { ServiceContext } from "@/server/context";
import { listArticleActivity } from "@/server/history/list-article-activity";
import { previewRestoreRevision } from "@/server/revisions/preview-restore-revision";
import { restoreRevision } from "@/server/revisions/restore-revision";
import { makeArticleInput, SAMPLE_TEXT, spanOf } from "../support/builders";
import { expectAppError } from "../support/expect-app-error";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";

const FIRST = "Le ministre a confirmé la nouvelle mardi.";
const REWORDED = "Le ministre a confirmé la nouvelle lundi soir.";
const ADDED = "Un paragraphe entièrement nouveau, sur la météo de la semaine prochaine à Lyon.";
/** Revision 2: the first sentence reworded (longer, so what follows moves) and a paragraph added. */
const SECOND_TEXT = `${SAMPLE_TEXT.replace(FIRST, REWORDED)}\n\n${ADDED}`;

let database: TestDatabase;
let ctx: ServiceContext;

beforeEach(async () => {
  database = await makeTestDatabase();
  ctx = makeContext(database.db);
});
afterEach(async () => database.cleanup());

/**
 * An article at revision 2 with four claims made on it, which a restore of revision 1 would keep
 * ("Le ministre"), requote (the reworded sentence), move ("M. Dupont a démenti.") and orphan (the
 * added paragraph).
 */
async function articleReadyToRestore(): Promise<number> {
  const articleId = (await createArticle(ctx, makeArticleInput())).id;
  await updateArticleText(ctx, { articleId, content: plainTextToDoc(SECOND_TEXT), baseRevision: 1 });
  for (const phrase of ["Le ministre", REWORDED, "M. Dupont a démenti.", ADDED]) {
    await createClaim(ctx, { articleId, input: { ...spanOf(SECOND_TEXT, phrase), status: "unsourced" } });
  }
  return articleId;
}

describe("previewRestoreRevision", () => {
  it("counts what a restore would do to the claims, writing nothing, and the restore then does exactly that", async () => {
    const articleId = await articleReadyToRestore();
    const before = await countRows(database.db);

    const preview = await previewRestoreRevision(ctx, { articleId, number: 1 });
    expect(preview).toEqual({ number: 1, baseRevision: 2, kept: 1, moved: 1, requoted: 1, orphaned: 1 });
    expect(await countRows(database.db)).toEqual(before);

    const { reanchor } = await restoreRevision(ctx, { articleId, number: 1, baseRevision: preview.baseRevision });
    const { kept, moved, requoted, orphaned } = reanchor;
    expect({ kept, moved, requoted, orphaned }).toEqual({ kept: preview.kept, moved: preview.moved, requoted: preview.requoted, orphaned: preview.orphaned });
  });

  it("refuses the current revision, an unknown one and a role that may not restore, like the restore itself", async () => {
    const articleId = await articleReadyToRestore();
    await expectAppError(async () => previewRestoreRevision(ctx, { articleId, number: 2 }), "invalid_input");
    await expectAppError(async () => previewRestoreRevision(ctx, { articleId, number: 9 }), "not_found");
    await expectAppError(async () => previewRestoreRevision(ctx, { articleId: 999, number: 1 }), "not_found");
    await expectAppError(async () => previewRestoreRevision(makeContext(database.db, { role: "viewer" }), { articleId, number: 1 }), "forbidden");
    await expectAppError(async () => previewRestoreRevision(makeContext(database.db, { role: null }), { articleId, number: 1 }), "unauthenticated");
  });
});

describe("the restore's event", () => {
  it("says which revision was restored", async () => {
    const articleId = await articleReadyToRestore();
    await restoreRevision(ctx, { articleId, number: 1, baseRevision: 2 });
    const event = (await findEventsByArticle(database.db, articleId)).find((row) => row.type === "article.restored");
    expect(event).toMatchObject({ before: { revision: 2 }, after: { revision: 3, restoredFrom: 1 } });
    const summaries = (await listArticleActivity(ctx, { articleId })).entries.map((entry) => entry.summary);
    expect(summaries).toContain("restored revision 1 (saved as revision 3)");
  });
});

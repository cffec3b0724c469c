import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sqlRows } from "../support/test-database";
import { findEventsByAnnotation, insertEvent } from "@/db/queries/events";
import { insertUserWithPassword } from "@/db/queries/people";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { updateClaim } from "@/server/claims/update-claim";
import { createComment } from "@/server/comments/create-comment";
import { deleteComment } from "@/server/comments/delete-comment";
import { editComment } from "@/server/comments/edit-comment";
import type { ServiceContext } from "@/server/context";
import { listArticleActivity } from "@/server/history/list-article-activity";
import { listClaimHistory } from "@/server/history/list-claim-history";
import { addSource } from "@/server/sources/add-source";
import { removeSource } from "@/server/sources/remove-source";
import { updateSource } from "@/server/sources/update-source";
import { makeArticleInput, SAMPLE_TEXT, spanOf } from "../support/builders";
import { makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";

const FIRST = "Le ministre a confirmé la nouvelle mardi.";
const REWORDED = "Le ministre a confirmé la nouvelle lundi.";

let database: TestDatabase;
let ctx: ServiceContext;

beforeEach(async () => {
  database = await makeTestDatabase();
  ctx = makeContext(database.db);
  await insertUserWithPassword(database.db, { id: "test-admin", name: "Ada Admin", email: "ada@example.org", role: "admin", passwordHash: "unused", now: new Date() });
});
afterEach(async () => database.cleanup());

async function articleWithClaim(): Promise<{ articleId: number; claimId: number }> {
  const articleId = (await createArticle(ctx, makeArticleInput())).id;
  const claim = await createClaim(ctx, { articleId, input: { ...spanOf(SAMPLE_TEXT, FIRST), status: "unsourced", note: "à vérifier" } });
  return { articleId, claimId: claim.id };
}

async function reword(articleId: number, baseRevision = 1) {
  return updateArticleText(ctx, { articleId, content: plainTextToDoc(SAMPLE_TEXT.replace(FIRST, REWORDED)), baseRevision });
}

describe("history shows each event as it was at the time", () => {
  it("keeps the original quote on the events before a rewording, in the claim's history and the activity", async () => {
    const { articleId, claimId } = await articleWithClaim();
    await updateClaim(ctx, { claimId, input: { status: "disputed", version: 1 } });
    const { reanchor } = await reword(articleId);
    expect(reanchor.claims).toEqual([{ id: claimId, outcome: "requoted" }]);

    const history = await listClaimHistory(ctx, { claimId });
    expect(history.map((entry) => [entry.type, entry.quote])).toEqual([
      ["claim.created", FIRST],
      ["claim.updated", FIRST],
      ["claim.requoted", REWORDED],
    ]);
    const created = (await listArticleActivity(ctx, { articleId })).entries.find((entry) => entry.type === "claim.created")!;
    expect(created.quote).toBe(FIRST);
  });

  it("records the claim's quote, status and note of the moment in every event about it", async () => {
    const { articleId, claimId } = await articleWithClaim();
    const source = await addSource(ctx, { claimId, input: { url: "https://example.org/a", title: "Dépêche" } });
    await updateSource(ctx, { sourceId: source.id, input: { title: "Dépêche AFP", version: 1 } });
    await updateClaim(ctx, { claimId, input: { status: "sourced", note: "AFP", version: 1 } });
    await removeSource(ctx, { sourceId: source.id });
    await reword(articleId);
    await deleteClaim(ctx, { claimId });

    const snapshots = (await findEventsByAnnotation(database.db, claimId)).map((row) => [row.type, (row.after as { claim?: unknown } | null)?.claim]);
    expect(snapshots).toEqual([
      ["claim.created", { exact: FIRST, status: "unsourced", note: "à vérifier", ...spanOf(SAMPLE_TEXT, FIRST) }],
      ["source.added", { exact: FIRST, status: "unsourced", note: "à vérifier", ...spanOf(SAMPLE_TEXT, FIRST) }],
      ["source.updated", { exact: FIRST, status: "unsourced", note: "à vérifier", ...spanOf(SAMPLE_TEXT, FIRST) }],
      ["claim.updated", { exact: FIRST, status: "sourced", note: "AFP", ...spanOf(SAMPLE_TEXT, FIRST) }],
      ["source.removed", { exact: FIRST, status: "sourced", note: "AFP", ...spanOf(SAMPLE_TEXT, FIRST) }],
      ["claim.requoted", { exact: REWORDED, status: "sourced", note: "AFP", start: 0, end: REWORDED.length }],
      ["claim.deleted", { exact: REWORDED, status: "sourced", note: "AFP", start: 0, end: REWORDED.length }],
    ]);
  });

  it("keeps the text a comment had at each moment", async () => {
    const { claimId } = await articleWithClaim();
    const comment = await createComment(ctx, { claimId, input: { body: "Source ?" } });
    await editComment(ctx, { commentId: comment.id, body: "Source : AFP", version: 1 });
    await deleteComment(ctx, { commentId: comment.id });

    const comments = (await listClaimHistory(ctx, { claimId })).filter((entry) => entry.type.startsWith("comment."));
    expect(comments.map((entry) => [entry.type, entry.comment, entry.quote])).toEqual([
      ["comment.created", "Source ?", FIRST],
      ["comment.edited", "Source : AFP", FIRST],
      ["comment.deleted", "Source : AFP", FIRST],
    ]);
  });

  it("says nothing about the quote of an older event that did not record it, rather than today's quote", async () => {
    const { articleId, claimId } = await articleWithClaim();
    // An event written before snapshots existed: a source added, with no word of the claim.
    await insertEvent(database.db, { articleId, annotationId: claimId, actorId: "test-admin", type: "source.added", after: { sourceId: 1, url: "https://example.org", title: "Rapport" }, createdAt: "2026-01-15T10:00:00.000Z" });
    // An older re-anchoring row: no snapshot, but its payload held the quote of its moment.
    await insertEvent(database.db, { articleId, annotationId: claimId, actorId: "test-admin", type: "claim.requoted", before: { exact: "ancienne phrase" }, after: { exact: "phrase du moment" }, createdAt: "2026-01-15T10:01:00.000Z" });

    const [, legacySource, legacyRequote] = await listClaimHistory(ctx, { claimId });
    expect(legacySource).toMatchObject({ type: "source.added", quote: null, claimId });
    expect(legacyRequote).toMatchObject({ type: "claim.requoted", quote: "phrase du moment" });
  });
});

describe("the events table", () => {
  it("is append-only: the database refuses to update or delete an event", async () => {
    const { claimId } = await articleWithClaim();
    const [event] = await findEventsByAnnotation(database.db, claimId);
    await expect(sqlRows(database.db, "update events set type = 'claim.deleted' where id = ?", [event.id])).rejects.toThrow(/append-only/);
    await expect(sqlRows(database.db, "delete from events where id = ?", [event.id])).rejects.toThrow(/append-only/);
    expect(await findEventsByAnnotation(database.db, claimId)).toEqual([event]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findEventsByArticle } from "@/db/queries/events";
import { AppError } from "@/lib/api/app-error";
import { createArticle } from "@/server/articles/create-article";
import { getArticle } from "@/server/articles/get-article";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { listClaims } from "@/server/claims/list-claims";
import { updateClaim } from "@/server/claims/update-claim";
import type { ServiceContext } from "@/server/context";
import { makeArticleInput, SAMPLE_TEXT, spanOf } from "../support/builders";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { expectAppError } from "../support/expect-app-error";

let database: TestDatabase;
let ctx: ServiceContext;

beforeEach(async () => {
  database = await makeTestDatabase();
  ctx = makeContext(database.db);
});
afterEach(async () => database.cleanup());


describe("createArticle", () => {
  it("stores the article, its first revision and an event in one go", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    expect(article.text).toBe(SAMPLE_TEXT);
    expect(article.revision).toBe(1);
    expect(article.progress.sentences).toBe(4);
    expect(await countRows(database.db)).toMatchObject({ articles: 1, article_revisions: 1, events: 1 });
    expect((await findEventsByArticle(database.db, article.id))[0]).toMatchObject({ type: "article.created", createdAt: "2026-01-15T09:00:00.000Z" });
  });

  it("converts Markdown and keeps its paragraphs", async () => {
    const article = await createArticle(ctx, { title: "MD", language: "en", markdown: "# Title\n\nOne **bold** claim.\n\n- item" });
    expect(article.text).toBe("Title\n\nOne bold claim.\n\nitem");
  });

  it("refuses a text that is only whitespace and writes nothing", async () => {
    await expectAppError(async () => createArticle(ctx, makeArticleInput({ markdown: undefined, text: "   \n\n  " })), "invalid_input");
    expect((await countRows(database.db)).articles).toBe(0);
  });
});

describe("claims", () => {
  it("creates a claim from offsets with both selectors and an event", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    const span = spanOf(article.text, "Selon nos sources, l’accord serait signé en mars.");
    const claim = await createClaim(ctx, { articleId: article.id, input: { ...span, status: "unsourced" } });
    expect(claim).toMatchObject({ ...span, status: "unsourced", version: 1, revision: 1, orphaned: false });
    expect(claim.quote.exact).toBe("Selon nos sources, l’accord serait signé en mars.");
    expect(claim.quote.prefix).toBe(article.text.slice(Math.max(0, span.start - 32), span.start));
    expect(claim.quote.suffix).toBe(article.text.slice(span.end, span.end + 32));
    const events = await findEventsByArticle(database.db, article.id);
    expect(events.at(-1)).toMatchObject({ type: "claim.created", annotationId: claim.id });
    expect((await getArticle(ctx, { articleId: article.id })).progress).toMatchObject({ tagged: 1, byStatus: { unsourced: 1, sourced: 0, disputed: 0 } });
  });

  it("creates a claim from a quote, anchored in the current text", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    const claim = await createClaim(ctx, { articleId: article.id, input: { quote: { exact: "M. Dupont a démenti." }, status: "disputed" } });
    expect(article.text.slice(claim.start, claim.end)).toBe("M. Dupont a démenti.");
  });

  it("refuses bad spans and unknown quotes, writing nothing", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    const before = await countRows(database.db);
    const outside = await expectAppError(async () => createClaim(ctx, { articleId: article.id, input: { start: 0, end: article.text.length + 1, status: "sourced" } }), "invalid_input");
    expect(outside.fields).toHaveProperty("end");
    await expectAppError(async () => createClaim(ctx, { articleId: article.id, input: { ...spanOf(article.text, "\n\n"), status: "sourced" } }), "invalid_input");
    await expectAppError(async () => createClaim(ctx, { articleId: article.id, input: { quote: { exact: "Le préfet a annoncé 40 interpellations à Nice." }, status: "sourced" } }), "quote_not_found");
    await expectAppError(async () => createClaim(ctx, { articleId: 999, input: { start: 0, end: 5, status: "sourced" } }), "not_found");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("updates status and note with optimistic concurrency", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    const claim = await createClaim(ctx, { articleId: article.id, input: { start: 0, end: 10, status: "unsourced" } });
    const updated = await updateClaim(ctx, { claimId: claim.id, input: { status: "disputed", note: "contradicted", version: 1 } });
    expect(updated).toMatchObject({ status: "disputed", note: "contradicted", version: 2 });
    expect((await findEventsByArticle(database.db, article.id)).at(-1)).toMatchObject({
      type: "claim.updated",
      before: { status: "unsourced", note: "" },
      after: { status: "disputed", note: "contradicted" },
    });

    const before = await countRows(database.db);
    const stale = await expectAppError(async () => updateClaim(ctx, { claimId: claim.id, input: { status: "sourced", version: 1 } }), "stale_version");
    expect(stale.status).toBe(409);
    expect(await countRows(database.db)).toEqual(before);
    expect((await listClaims(ctx, { articleId: article.id }))[0]).toMatchObject({ status: "disputed", version: 2 });
  });

  it("treats an update that changes nothing as a no-op: no version bump, no event", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    const claim = await createClaim(ctx, { articleId: article.id, input: { start: 0, end: 10, status: "sourced" } });
    const before = await countRows(database.db);
    expect((await updateClaim(ctx, { claimId: claim.id, input: { status: "sourced", version: 1 } })).version).toBe(1);
    expect(await countRows(database.db)).toEqual(before);
  });

  it("soft-deletes a claim, keeps the row and logs what it was", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    const claim = await createClaim(ctx, { articleId: article.id, input: { start: 0, end: 10, status: "sourced" } });
    await expectAppError(async () => deleteClaim(ctx, { claimId: claim.id, version: 7 }), "stale_version");
    await deleteClaim(ctx, { claimId: claim.id, version: 1 });
    expect(await listClaims(ctx, { articleId: article.id })).toEqual([]);
    expect((await countRows(database.db)).annotations).toBe(1);
    expect((await findEventsByArticle(database.db, article.id)).at(-1)).toMatchObject({ type: "claim.deleted", before: { status: "sourced" } });
    await expectAppError(async () => deleteClaim(ctx, { claimId: claim.id }), "not_found");
  });

  it("lists claims in text order, filtered by status", async () => {
    const article = await createArticle(ctx, makeArticleInput());
    await createClaim(ctx, { articleId: article.id, input: { ...spanOf(article.text, "M. Dupont a démenti."), status: "disputed" } });
    await createClaim(ctx, { articleId: article.id, input: { ...spanOf(article.text, "Le ministre a confirmé la nouvelle mardi."), status: "sourced" } });
    await createClaim(ctx, { articleId: article.id, input: { ...spanOf(article.text, "Le ministre"), status: "unsourced" } });
    expect((await listClaims(ctx, { articleId: article.id })).map((c) => c.quote.exact)).toEqual([
      "Le ministre a confirmé la nouvelle mardi.",
      "Le ministre",
      "M. Dupont a démenti.",
    ]);
    expect(await listClaims(ctx, { articleId: article.id, status: "disputed" })).toHaveLength(1);
  });
});

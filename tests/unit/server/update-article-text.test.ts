import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findEventsByArticle } from "@/db/queries/events";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import { createClaim } from "@/server/claims/create-claim";
import { listClaims } from "@/server/claims/list-claims";
import { reattachClaim } from "@/server/claims/reattach-claim";
import type { ServiceContext } from "@/server/context";
import { makeArticleInput, SAMPLE_TEXT, spanOf } from "../support/builders";
import { expectAppError } from "../support/expect-app-error";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let ctx: ServiceContext;
let articleId: number;

const FIRST = "Le ministre a confirmé la nouvelle mardi.";
const SECOND = "Selon nos sources, l’accord serait signé en mars.";
const DUPONT = "M. Dupont a démenti.";

beforeEach(async () => {
  database = await makeTestDatabase();
  ctx = makeContext(database.db);
  articleId = (await createArticle(ctx, makeArticleInput())).id;
  for (const [phrase, status] of [[FIRST, "sourced"], [SECOND, "unsourced"], [DUPONT, "disputed"]] as const) {
    await createClaim(ctx, { articleId, input: { ...spanOf(SAMPLE_TEXT, phrase), status } });
  }
});
afterEach(async () => database.cleanup());

const save = async (text: string, baseRevision: number, as: ServiceContext = ctx) => updateArticleText(as, { articleId, content: plainTextToDoc(text), baseRevision });
const byQuote = async () => Object.fromEntries((await listClaims(ctx, { articleId })).map((c) => [c.status, c]));

describe("updateArticleText", () => {
  it("saves a new revision and moves, rewords and orphans claims as the text changed", async () => {
    // A typo fixed in the first claim; the two other claimed sentences deleted.
    const edited = [FIRST.replace("confirmé", "confirmée"), "Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés."].join("\n\n");
    const { article, reanchor } = await save(edited, 1);
    expect(article).toMatchObject({ revision: 2, text: edited });
    expect(reanchor).toMatchObject({ kept: 0, moved: 0, requoted: 1, orphaned: 2 });

    const claims = await byQuote();
    expect(claims.sourced).toMatchObject({ orphaned: false, revision: 2 });
    expect(edited.slice(claims.sourced.start, claims.sourced.end)).toBe(claims.sourced.quote.exact);
    expect(claims.sourced.quote.exact).toContain("confirmée");
    // Orphaned claims keep their last quote, and are not moved to the look-alike sentence.
    expect(claims.unsourced).toMatchObject({ orphaned: true, quote: { exact: SECOND } });
    expect(claims.disputed).toMatchObject({ orphaned: true, quote: { exact: DUPONT } });

    const types = (await findEventsByArticle(database.db, articleId)).map((e) => e.type);
    expect(types.slice(-4)).toEqual(["article.revised", "claim.requoted", "claim.orphaned", "claim.orphaned"]);
  });

  it("keeps claims whose text did not move and moves those after an insertion", async () => {
    const edited = SAMPLE_TEXT.replace("M. Dupont", "Interrogé, M. Dupont");
    const { reanchor } = await save(edited, 1);
    expect(reanchor).toMatchObject({ kept: 2, moved: 1, requoted: 0, orphaned: 0 });
    const dupont = (await byQuote()).disputed;
    expect(edited.slice(dupont.start, dupont.end)).toBe(DUPONT);
  });

  it("moves every claim by a paragraph inserted at the top, finding each where the edit put it", async () => {
    const before = await listClaims(ctx, { articleId });
    const lead = "Un paragraphe ajouté en tête de l’article.\n\n";
    const { reanchor } = await save(lead + SAMPLE_TEXT, 1);
    expect(reanchor).toMatchObject({ kept: 0, moved: 3, requoted: 0, orphaned: 0 });
    const after = new Map((await listClaims(ctx, { articleId })).map((c) => [c.id, c]));
    for (const claim of before) {
      expect(after.get(claim.id)).toMatchObject({ start: claim.start + lead.length, end: claim.end + lead.length, version: claim.version + 1, revision: 2 });
    }
    // Found at the offsets the edit gave them with their words and context intact (score 1),
    // except the first, whose context was the start of the text and is now the new paragraph.
    const scores = (await findEventsByArticle(database.db, articleId))
      .filter((e) => e.type === "claim.moved")
      .map((e) => (e.after as { score: number }).score);
    expect(scores.slice(1)).toEqual([1, 1]);
    expect(scores[0]).toBeLessThan(1);
  });

  it("finds an orphaned claim again when its text comes back", async () => {
    await save(FIRST, 1);
    expect((await byQuote()).disputed.orphaned).toBe(true);
    const { reanchor } = await save(SAMPLE_TEXT, 2);
    expect(reanchor.orphaned).toBe(0);
    expect((await byQuote()).disputed).toMatchObject({ orphaned: false, start: SAMPLE_TEXT.indexOf(DUPONT) });
    expect((await findEventsByArticle(database.db, articleId)).some((e) => e.type === "claim.found_again")).toBe(true);
  });

  it("refuses a stale base revision, a reviewer, and an empty or malformed document — writing nothing", async () => {
    await save(SAMPLE_TEXT + "\n\nAjout.", 1);
    const before = await countRows(database.db);
    const stale = await expectAppError(async () => save("Autre texte.", 1), "stale_revision");
    expect(stale.status).toBe(409);
    expect(stale.details).toEqual({ currentRevision: 2 });
    await expectAppError(async () => save("Autre texte.", 2, makeContext(database.db, { role: "reviewer" })), "forbidden");
    await expectAppError(async () => save("   ", 2), "invalid_input");
    await expectAppError(async () => updateArticleText(ctx, { articleId, content: { type: "doc", content: [{ type: "image" }] }, baseRevision: 2 }), "invalid_input");
    await expectAppError(async () => updateArticleText(ctx, { articleId, content: { type: "paragraph" }, baseRevision: 2 }), "invalid_input");
    expect(await countRows(database.db)).toEqual(before);
  });
});

describe("reattachClaim", () => {
  it("puts an orphaned claim on new text, keeping its status, with an event", async () => {
    const edited = "Le gouvernement a annoncé la signature d’un accord en mars.";
    await save(edited, 1);
    const orphan = (await byQuote()).unsourced;
    expect(orphan.orphaned).toBe(true);
    const claim = await reattachClaim(ctx, { claimId: orphan.id, ...spanOf(edited, "la signature d’un accord en mars"), version: orphan.version });
    expect(claim).toMatchObject({ orphaned: false, status: "unsourced", quote: { exact: "la signature d’un accord en mars" }, version: orphan.version + 1 });
    expect((await findEventsByArticle(database.db, articleId)).at(-1)).toMatchObject({ type: "claim.reattached", annotationId: orphan.id });
    await expectAppError(async () => reattachClaim(ctx, { claimId: orphan.id, start: 0, end: 5, version: orphan.version }), "stale_version");
    await expectAppError(async () => reattachClaim(ctx, { claimId: orphan.id, start: 0, end: 999, version: claim.version }), "invalid_input");
  });
});

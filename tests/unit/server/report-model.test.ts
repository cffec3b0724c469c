import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertUserWithPassword } from "@/db/queries/people";
import type { Role } from "@/lib/auth/permissions";
import { NO_FILTER } from "@/lib/claims/filter-claims";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import { createClaim } from "@/server/claims/create-claim";
import { deleteClaim } from "@/server/claims/delete-claim";
import { createComment } from "@/server/comments/create-comment";
import { deleteComment } from "@/server/comments/delete-comment";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import type { ServiceContext } from "@/server/context";
import { buildReportModel } from "@/server/report/build-report-model";
import { reportOrganisation } from "@/server/report/report-organisation";
import { addSource } from "@/server/sources/add-source";
import { makeArticleInput, SAMPLE_TEXT, spanOf } from "../support/builders";
import { expectAppError } from "../support/expect-app-error";
import { makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";

const MINISTER = "Le ministre a confirmé la nouvelle mardi.";
const SOURCES = "Selon nos sources, l’accord serait signé en mars.";
const DUPONT = "M. Dupont a démenti.";
const FIGURES = "Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés.";

let database: TestDatabase;
let admin: ServiceContext;
let reviewer: ServiceContext;
let articleId: number;
const ids: Record<string, number> = {};
const NOW = new Date("2026-02-01T12:00:00.000Z");

async function person(role: Role, name: string): Promise<ServiceContext> {
  await insertUserWithPassword(database.db, { id: `test-${role}`, name, email: `${role}@example.org`, role, passwordHash: "unused", now: new Date() });
  return makeContext(database.db, { role });
}

const tag = async (phrase: string, status: "sourced" | "unsourced" | "disputed", as = reviewer) =>
  (await createClaim(as, { articleId, input: { ...spanOf(SAMPLE_TEXT, phrase), status } })).id;

beforeEach(async () => {
  database = await makeTestDatabase();
  admin = await person("admin", "Ada Admin");
  reviewer = await person("reviewer", "Rita Reviewer");
  articleId = (await createArticle(admin, makeArticleInput({ byline: "Camille Martin" }))).id;
  // Tagged out of text order, so numbering has to sort them.
  ids.figures = await tag(FIGURES, "disputed");
  ids.minister = await tag(MINISTER, "sourced");
  ids.dupont = await tag(DUPONT, "sourced", admin);
  ids.sources = await tag(SOURCES, "unsourced");
  ids.cleared = await tag("3,5 millions", "unsourced");
  await deleteClaim(reviewer, { claimId: ids.cleared });
  await addSource(reviewer, { claimId: ids.minister, input: { url: "https://example.org/afp", title: "Dépêche AFP" } });
  const open = await createComment(reviewer, { claimId: ids.sources, input: { body: "Qui sont ces sources ?" } });
  await createComment(admin, { claimId: ids.sources, input: { body: "Je relance.", parentId: open.id } });
  const resolved = await createComment(reviewer, { claimId: ids.figures, input: { body: "Vérifié auprès de la Cour." } });
  await setThreadResolved(admin, { commentId: resolved.id, resolved: true });
  const gone = await createComment(reviewer, { claimId: ids.dupont, input: { body: "Supprimé" } });
  await deleteComment(reviewer, { commentId: gone.id });
  // The minister's sentence is rewritten beyond recognition: its claim is orphaned.
  await updateArticleText(admin, {
    articleId,
    content: plainTextToDoc(SAMPLE_TEXT.replace(MINISTER, "Le porte-parole est resté muet toute la semaine dernière.")),
    baseRevision: 1,
  });
});
afterEach(async () => database.cleanup());

const build = async (options: Partial<Parameters<typeof buildReportModel>[1]> = {}, as = makeContext(database.db, { role: "viewer" })) =>
  buildReportModel(as, { articleId, baseUrl: "https://cc.example.org/", now: NOW, ...options });

describe("buildReportModel", () => {
  it("numbers live claims in text order, orphaned claims last", async () => {
    const model = await build();
    expect(model.claims.map((c) => [c.number, c.id, c.orphaned])).toEqual([
      [1, ids.sources, false],
      [2, ids.dupont, false],
      [3, ids.figures, false],
      [4, ids.minister, true],
    ]);
  });

  it("computes the figures of the whole article", async () => {
    const model = await build();
    expect(model.figures).toEqual({
      sentences: 4,
      sentencesChecked: 3,
      claims: 4,
      byStatus: { sourced: 2, unsourced: 1, disputed: 1 },
      openThreads: 1,
      // Dupont is sourced without a source; the (orphaned) minister claim keeps its source.
      sourcedWithoutSource: 1,
      orphaned: 1,
    });
  });

  it("gathers each claim's sources, threads and history", async () => {
    const model = await build();
    const byId = (id: number) => model.claims.find((c) => c.id === id)!;
    expect(byId(ids.sources).threads.map((t) => [t.body, t.replies.map((r) => r.body)])).toEqual([["Qui sont ces sources ?", ["Je relance."]]]);
    expect(byId(ids.sources).openThread).toBe(true);
    expect(byId(ids.figures).openThread).toBe(false);
    expect(byId(ids.dupont).openThread).toBe(false);
    expect(byId(ids.minister).sources.map((s) => s.title)).toEqual(["Dépêche AFP"]);
    expect(byId(ids.minister).history.map((h) => [h.actor?.name, h.summary])).toEqual([
      ["Rita Reviewer", "tagged the claim as sourced"],
      ["Rita Reviewer", "added a source: Dépêche AFP"],
      ["Ada Admin", "lost its text in a new revision (orphaned)"],
    ]);
    expect(byId(ids.figures).history.map((h) => h.type)).toEqual(["claim.created", "comment.created", "thread.resolved", "claim.moved"]);
  });

  it("describes the article, the addresses and who generated it", async () => {
    const model = await build();
    expect(model.article).toMatchObject({ id: articleId, title: "Un article de test", byline: "Camille Martin", revision: 2, url: `https://cc.example.org/articles/${articleId}` });
    expect(model.article.text).toContain("Le porte-parole");
    expect(model.article).not.toHaveProperty("content");
    expect(model.article).not.toHaveProperty("progress");
    expect(model.reportUrl).toBe(`https://cc.example.org/articles/${articleId}/report`);
    expect(model.generatedAt).toBe("2026-02-01T12:00:00.000Z");
    expect(model.generatedBy).toEqual({ id: "test-viewer", name: "Test viewer" });
    expect(model.filterDescription).toBeNull();
    const withSource = (await createArticle(admin, makeArticleInput({ sourceUrl: "https://news.example.org/a" }))).id;
    expect((await build({ articleId: withSource })).article.url).toBe("https://news.example.org/a");
  });

  it("narrows the list with a filter, keeping each claim's number and the article's figures", async () => {
    const model = await build({ filter: { ...NO_FILTER, status: "sourced" } });
    expect(model.claims.map((c) => [c.number, c.id])).toEqual([
      [2, ids.dupont],
      [4, ids.minister],
    ]);
    expect(model.filterDescription).toBe("status: sourced");
    expect(model.figures.claims).toBe(4);
    const mine = await build({ filter: { ...NO_FILTER, authorId: "test-admin", query: "  " } });
    expect(mine.claims.map((c) => c.id)).toEqual([ids.dupont]);
    expect(mine.filterDescription).toBe("tagged by Ada Admin");
    const open = await build({ filter: { ...NO_FILTER, openThread: true, query: "relance" } });
    expect(open.claims.map((c) => c.id)).toEqual([ids.sources]);
    expect(open.filterDescription).toBe("with an open thread; matching “relance”");
    expect((await build({ filter: NO_FILTER })).filterDescription).toBeNull();
  });

  it("needs someone signed in and an existing article", async () => {
    await expectAppError(async () => build({}, makeContext(database.db, { role: null })), "unauthenticated");
    await expectAppError(async () => build({ articleId: 999 }), "not_found");
  });
});

describe("reportOrganisation", () => {
  it("reads the organisation from the environment, with defaults", () => {
    expect(reportOrganisation({})).toEqual({ name: "Claimcheck newsroom", url: null });
    expect(reportOrganisation({ CLAIMCHECK_ORG_NAME: " Le Vérificateur ", CLAIMCHECK_ORG_URL: "https://verif.example.org" })).toEqual({ name: "Le Vérificateur", url: "https://verif.example.org" });
    expect(reportOrganisation({ CLAIMCHECK_ORG_URL: "javascript:alert(1)" }).url).toBeNull();
  });
});

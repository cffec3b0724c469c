import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findEventsByArticle } from "@/db/queries/events";
import { insertUserWithPassword } from "@/db/queries/people";
import { ZodError } from "zod";
import type { Role } from "@/lib/auth/permissions";
import { reportToW3c } from "@/lib/report/to-w3c";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import { createClaim } from "@/server/claims/create-claim";
import { createComment } from "@/server/comments/create-comment";
import { deleteComment } from "@/server/comments/delete-comment";
import { listThreads } from "@/server/comments/list-threads";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import { addSource } from "@/server/sources/add-source";
import { listSources } from "@/server/sources/list-sources";
import { listClaims } from "@/server/claims/list-claims";
import { SYSTEM_ACTOR, type ServiceContext } from "@/server/context";
import { buildReportModel } from "@/server/report/build-report-model";
import { importW3cAnnotations } from "@/server/report/import-w3c-annotations";
import { makeArticleInput, spanOf } from "../support/builders";
import { expectAppError } from "../support/expect-app-error";
import { bearer, makePersonWithToken } from "../support/people";
import { REPORT_TEXT } from "../support/report-builders";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { sqlRows } from "../support/test-database";

await useFreshAppDatabase();
const importRoute = await import("@/app/api/v1/articles/[id]/annotations/import/route");
const { getDb } = await import("@/db/client");

const FLAG_SENTENCE = "Le ministre a confirmé la nouvelle mardi.";
const SOURCES = "Selon nos sources, l’accord serait signé en mars.";
const FIGURES = "Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés.";

let database: TestDatabase;
let reviewer: ServiceContext;

async function person(role: Role, name: string): Promise<ServiceContext> {
  await insertUserWithPassword(database.db, { id: `test-${role}`, name, email: `${role}@example.org`, role, passwordHash: "unused", now: new Date() });
  return makeContext(database.db, { role });
}

const newArticle = async (text = REPORT_TEXT) => (await createArticle({ ...reviewer, actor: SYSTEM_ACTOR }, makeArticleInput({ text }))).id;
/** What an import must carry over, anchored claims in text order, then orphans by quote. */
const claimsOf = async (articleId: number) =>
  (await listClaims(reviewer, { articleId }))
    .map((c) => ({ status: c.status, start: c.orphaned ? null : c.start, end: c.orphaned ? null : c.end, exact: c.quote.exact, note: c.note, orphaned: c.orphaned }))
    .sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || (a.start ?? 0) - (b.start ?? 0) || a.exact.localeCompare(b.exact));

beforeEach(async () => {
  database = await makeTestDatabase();
  reviewer = await person("reviewer", "Rita Reviewer");
});
afterEach(async () => database.cleanup());

describe("importW3cAnnotations: round trip", () => {
  it("re-creates the exported claims on a fresh copy of the article (emoji before them)", async () => {
    const original = await newArticle();
    await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FLAG_SENTENCE), status: "sourced", note: "Communiqué =SUM(1)" } });
    await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, SOURCES), status: "unsourced" } });
    await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FIGURES), status: "disputed" } });
    await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, "M. Dupont a démenti"), status: "sourced" } });
    // Rewriting Dupont's sentence orphans its claim: it travels as a quote alone.
    const admin = await person("admin", "Ada Admin");
    await updateArticleText(admin, { articleId: original, content: plainTextToDoc(REPORT_TEXT.replace("M. Dupont a démenti 😀.", "Silence radio du côté de l’opposition 😀.")), baseRevision: 1 });

    const model = await buildReportModel(reviewer, { articleId: original, baseUrl: "https://cc.example.org", now: new Date("2026-02-01T00:00:00Z") });
    const exported = JSON.parse(JSON.stringify(reportToW3c(model)));
    const copy = await newArticle(model.article.text);
    const summary = await importW3cAnnotations(reviewer, { articleId: copy, collection: exported });

    expect(summary).toEqual({ created: 4, unchanged: 0, orphaned: 1, comments: 0, sources: 0, skipped: [] });
    expect(await claimsOf(copy)).toEqual(await claimsOf(original));
    expect((await claimsOf(copy)).find((c) => c.status === "sourced" && !c.orphaned)?.note).toBe("Communiqué =SUM(1)");
    const events = (await findEventsByArticle(database.db, copy)).filter((e) => e.type === "claim.imported");
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({ actorId: "test-reviewer", after: { status: "sourced", orphaned: false, from: expect.stringMatching(/^https:\/\/cc\.example\.org\/api\/v1\/annotations\/\d+$/) } });
  });

  it("accepts an AnnotationPage, a bare array and a single annotation", async () => {
    const source = await newArticle();
    await createClaim(reviewer, { articleId: source, input: { ...spanOf(REPORT_TEXT, SOURCES), status: "disputed" } });
    const collection = reportToW3c(await buildReportModel(reviewer, { articleId: source, baseUrl: "https://cc.example.org", now: new Date() }));
    const [annotation] = collection.first.items;
    for (const document of [collection.first, collection.first.items, annotation, { ...collection, first: undefined, items: [annotation] }]) {
      const target = await newArticle();
      expect((await importW3cAnnotations(reviewer, { articleId: target, collection: document })).created).toBe(1);
      expect(await claimsOf(target)).toEqual(await claimsOf(source));
    }
  });
});

/** A claim's sources and threads as a person reads them, without ids, versions or who imported them. */
async function reviewOf(articleId: number) {
  const name = (person: { name: string } | null) => person?.name.replace(/ \(imported\)$/, "") ?? null;
  const claims = (await listClaims(reviewer, { articleId })).sort((a, b) => a.quote.exact.localeCompare(b.quote.exact));
  const sourcesOf = new Map(await Promise.all(claims.map(async (claim) => [claim.id, await listSources(reviewer, { claimId: claim.id })] as const)));
  const threadsOf = new Map(await Promise.all(claims.map(async (claim) => [claim.id, await listThreads(reviewer, { claimId: claim.id })] as const)));
  return claims.map((claim) => ({
      exact: claim.quote.exact,
      note: claim.note,
      // The export writes addresses as URIs (é percent-encoded): the same address.
      sources: sourcesOf.get(claim.id)!.map((s) => ({ url: new URL(s.url).href, title: s.title, excerpt: s.excerpt, note: s.note, addedBy: name(s.addedBy), createdAt: s.createdAt })),
      threads: threadsOf.get(claim.id)!.map((t) => ({
        body: t.body,
        author: name(t.author),
        deleted: t.deleted,
        createdAt: t.createdAt,
        resolved: t.resolved && { at: t.resolved.at, by: name(t.resolved.by) },
        replies: t.replies.filter((r) => !r.deleted).map((r) => ({ body: r.body, author: name(r.author), createdAt: r.createdAt })),
      })),
    }));
}

const exportOf = async (articleId: number) => JSON.parse(JSON.stringify(reportToW3c(await buildReportModel(reviewer, { articleId, baseUrl: "https://cc.example.org", now: new Date("2026-02-01T00:00:00Z") }))));

describe("importW3cAnnotations: notes, sources and whole threads round-trip", () => {
  it("re-creates sources, threads, replies and resolved state, authors kept as names", async () => {
    const original = await newArticle();
    const journalist = await person("journalist", "Jo Journaliste");
    const admin = await person("admin", "Ada Admin");
    const flag = await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FLAG_SENTENCE), status: "sourced", note: "Communiqué" } });
    await addSource(journalist, { claimId: flag.id, input: { url: "https://www.afp.com/fr/depeche?id=1&x=é", title: "Dépêche <AFP>", excerpt: "Le ministre a confirmé…", note: "Confirme la date" } });
    await addSource(reviewer, { claimId: flag.id, input: { url: "https://example.org/b", title: "Second" } });
    const root = await createComment(reviewer, { claimId: flag.id, input: { body: "Qui l’a dit ? <script>x()</script>" } });
    await createComment(journalist, { claimId: flag.id, input: { body: "Le porte-parole.", parentId: root.id } });
    await setThreadResolved(admin, { commentId: root.id, resolved: true });
    await createComment(journalist, { claimId: flag.id, input: { body: "Second fil, ouvert." } });
    const figures = await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FIGURES), status: "disputed" } });
    // A thread whose first comment was deleted still holds its reply.
    const gone = await createComment(journalist, { claimId: figures.id, input: { body: "à supprimer" } });
    await createComment(reviewer, { claimId: figures.id, input: { body: "Réponse qui reste.", parentId: gone.id } });
    await deleteComment(journalist, { commentId: gone.id });

    const copy = await newArticle();
    const summary = await importW3cAnnotations(reviewer, { articleId: copy, collection: await exportOf(original) });

    expect(summary).toEqual({ created: 2, unchanged: 0, orphaned: 0, comments: 5, sources: 2, skipped: [] });
    expect(await reviewOf(copy)).toEqual(await reviewOf(original));
    const [thread] = await listThreads(reviewer, { claimId: (await listClaims(reviewer, { articleId: copy })).find((c) => c.note === "Communiqué")!.id });
    expect(thread.resolved?.by?.name).toBe("Ada Admin (imported)");
    expect(thread.replies[0].author).toEqual({ id: "imported:Jo Journaliste", name: "Jo Journaliste (imported)" });
    const kinds = (await findEventsByArticle(database.db, copy)).map((e) => `${e.type}:${e.actorId}`);
    expect(kinds.filter((k) => k.startsWith("comment.imported"))).toEqual(Array(5).fill("comment.imported:test-reviewer"));
  });

  it("never speaks for a person of the newsroom: a name in the file stays text, marked imported", async () => {
    const articleId = await newArticle();
    const claim = { type: "Annotation", id: "urn:x:1", body: { type: "TextualBody", purpose: "tagging", value: "sourced" }, target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } };
    const comment = { type: "Annotation", id: "urn:x:2", motivation: "commenting", creator: { type: "Person", name: "Rita\u202e Reviewer\u0000" }, body: { type: "TextualBody", value: "Je valide." }, target: "urn:x:1" };
    await importW3cAnnotations(reviewer, { articleId, collection: [claim, comment] });
    const [thread] = await listThreads(reviewer, { claimId: (await listClaims(reviewer, { articleId }))[0].id });
    expect(thread.author).toEqual({ id: "imported:Rita Reviewer", name: "Rita Reviewer (imported)" });
    expect(thread.author?.id).not.toBe("test-reviewer");
  });
});

describe("importW3cAnnotations: importing again changes nothing", () => {
  it("counts every annotation of a second import as unchanged, and writes nothing", async () => {
    const original = await newArticle();
    const claim = await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FLAG_SENTENCE), status: "sourced", note: "n" } });
    await createComment(reviewer, { claimId: claim.id, input: { body: "Un fil." } });
    await addSource(reviewer, { claimId: claim.id, input: { url: "https://example.org/a", title: "A" } });
    await createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FIGURES), status: "disputed" } });
    const exported = await exportOf(original);
    const copy = await newArticle();
    expect(await importW3cAnnotations(reviewer, { articleId: copy, collection: exported })).toMatchObject({ created: 2, unchanged: 0, comments: 1, sources: 1 });
    const rows = await countRows(database.db);
    expect(await importW3cAnnotations(reviewer, { articleId: copy, collection: exported })).toEqual({ created: 0, unchanged: 2, orphaned: 0, comments: 0, sources: 0, skipped: [] });
    expect(await countRows(database.db)).toEqual(rows);
  });

  it("recognises an annotation by its id even after its claim changed here, and by place and status without one", async () => {
    const articleId = await newArticle();
    const tagged = (value: string, id?: string, exact = SOURCES) => ({ type: "Annotation", ...(id ? { id } : {}), body: { type: "TextualBody", purpose: "tagging", value }, target: { selector: { type: "TextQuoteSelector", exact } } });
    await importW3cAnnotations(reviewer, { articleId, collection: [tagged("sourced", "https://hypothes.is/a/1")] });
    // Someone re-tags the imported claim here: importing the file again must not undo it or duplicate it.
    const [claim] = await listClaims(reviewer, { articleId });
    (await sqlRows(database.db, "update annotations set status = 'disputed' where id = ?", [claim.id]));
    const again = await importW3cAnnotations(reviewer, {
      articleId,
      collection: [tagged("sourced", "https://hypothes.is/a/1"), tagged("disputed"), tagged("unsourced"), tagged("unsourced"), tagged("sourced", "urn:y", "Une phrase qui n’existe pas."), tagged("sourced", "urn:z", "Une phrase qui n’existe pas.")],
    });
    // Same id; same place and status as the re-tagged claim; new status on that span (then its twin); a new orphan (then its twin).
    expect(again).toMatchObject({ created: 2, unchanged: 4, orphaned: 1 });
    expect((await listClaims(reviewer, { articleId })).map((c) => c.status).sort()).toEqual(["disputed", "sourced", "unsourced"]);
  });

  it("finds nothing new when an article's own export comes back to it", async () => {
    const articleId = await newArticle();
    await createClaim(reviewer, { articleId, input: { ...spanOf(REPORT_TEXT, FLAG_SENTENCE), status: "sourced" } });
    const rows = await countRows(database.db);
    expect(await importW3cAnnotations(reviewer, { articleId, collection: await exportOf(articleId) })).toMatchObject({ created: 0, unchanged: 1 });
    expect(await countRows(database.db)).toEqual(rows);
  });
});

describe("importW3cAnnotations: a file about another text", () => {
  const unrelated = [
    { type: "Annotation", body: { purpose: "tagging", value: "sourced" }, target: { selector: { type: "TextQuoteSelector", exact: "Le port de Marseille a rouvert lundi." } } },
    { type: "Annotation", body: { purpose: "tagging", value: "disputed" }, target: { selector: { type: "TextQuoteSelector", exact: "La grève a coûté 3 millions." } } },
    { type: "Annotation", body: { purpose: "tagging", value: "budget" }, target: { selector: { type: "TextQuoteSelector", exact: "x" } } },
  ];

  it("asks first: 409 import_all_orphaned with the counts, nothing written", async () => {
    const articleId = await newArticle();
    const rows = await countRows(database.db);
    const error = await expectAppError(async () => importW3cAnnotations(reviewer, { articleId, collection: unrelated }), "import_all_orphaned");
    expect(error.details).toEqual({ orphaned: 2, skipped: 1 });
    expect(await countRows(database.db)).toEqual(rows);
  });

  it("creates the orphans when allowed, and does not ask when some annotations match", async () => {
    const articleId = await newArticle();
    expect(await importW3cAnnotations(reviewer, { articleId, collection: unrelated, allowOrphans: true })).toMatchObject({ created: 2, orphaned: 2 });
    const other = await newArticle();
    const matching = { type: "Annotation", body: { purpose: "tagging", value: "sourced" }, target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } };
    expect(await importW3cAnnotations(reviewer, { articleId: other, collection: [...unrelated, matching] })).toMatchObject({ created: 3, orphaned: 2 });
  });
});

describe("importW3cAnnotations: hostile files", () => {
  it("leaves out a source that is not an http(s) address, saying why, and keeps the claim", async () => {
    const articleId = await newArticle();
    const annotation = {
      type: "Annotation",
      id: "urn:h:1",
      body: [
        { type: "TextualBody", purpose: "tagging", value: "sourced" },
        { type: "SpecificResource", purpose: "linking", source: { id: "javascript:alert(1)", label: "Cliquez" } },
        { type: "SpecificResource", purpose: "linking", source: "data:text/html,<script>x()</script>" },
        { type: "SpecificResource", purpose: "linking", source: { id: "https://example.org/ok", label: "<b>Bon</b>" } },
      ],
      target: { selector: { type: "TextQuoteSelector", exact: SOURCES } },
    };
    const summary = await importW3cAnnotations(reviewer, { articleId, collection: annotation });
    expect(summary).toMatchObject({ created: 1, sources: 1 });
    expect(summary.skipped).toEqual([
      { index: 0, id: "urn:h:1", reason: expect.stringMatching(/^source "javascript:alert\(1\)" left out: .*http/) },
      { index: 0, id: "urn:h:1", reason: expect.stringMatching(/^source "data:.*" left out/) },
    ]);
    expect((await listSources(reviewer, { claimId: (await listClaims(reviewer, { articleId }))[0].id })).map((s) => [s.url, s.title])).toEqual([["https://example.org/ok", "<b>Bon</b>"]]);
  });

  it("skips comments that answer nothing here, loop on each other or say nothing", async () => {
    const articleId = await newArticle();
    const claim = { type: "Annotation", id: "urn:c:0", body: { purpose: "tagging", value: "sourced" }, target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } };
    const comment = (id: string, target: string, value?: string) => ({ type: "Annotation", id, motivation: "replying", target, ...(value === undefined ? {} : { body: { type: "TextualBody", value } }) });
    const summary = await importW3cAnnotations(reviewer, {
      articleId,
      collection: [claim, comment("urn:c:1", "urn:c:2", "a"), comment("urn:c:2", "urn:c:1", "b"), comment("urn:c:3", "https://elsewhere.example/a/9", "c"), comment("urn:c:4", "urn:c:0", "   "), comment("urn:c:5", "urn:c:0")],
    });
    expect(summary).toMatchObject({ created: 1, comments: 0 });
    expect(summary.skipped.map((s) => [s.index, s.reason])).toEqual([
      [1, expect.stringContaining("not in this import")],
      [2, expect.stringContaining("not in this import")],
      [3, expect.stringContaining("not in this import")],
      [4, "a comment without text"],
      [5, "a comment without text"],
    ]);
  });
});

describe("importW3cAnnotations: other tools' annotations", () => {
  it("imports a Hypothesis annotation: target[0].selector, a page offset that does not fit, a tag", async () => {
    const articleId = await newArticle();
    const hypothesis = {
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      id: "https://hypothes.is/a/AbC123",
      created: "2026-01-10T10:00:00.000000+00:00",
      creator: "acct:rita@hypothes.is",
      body: [
        { type: "TextualBody", value: "Le rapport dit 2,1 millions.", format: "text/markdown" },
        { type: "TextualBody", purpose: "tagging", value: "Disputed" },
        { type: "TextualBody", purpose: "tagging", value: "budget" },
      ],
      target: [
        {
          source: "https://news.example.org/accord",
          selector: [
            { type: "RangeSelector", startContainer: "/main[1]/p[2]", startOffset: 25, endContainer: "/main[1]/p[2]", endOffset: 92 },
            // Offsets into the web page's text, not Claimcheck's: they land on other words here.
            { type: "TextPositionSelector", start: 10, end: 77 },
            { type: "TextQuoteSelector", exact: FIGURES, prefix: "démenti 😀. ", suffix: "" },
          ],
        },
      ],
    };
    expect(await importW3cAnnotations(reviewer, { articleId, collection: hypothesis })).toEqual({ created: 1, unchanged: 0, orphaned: 0, comments: 0, sources: 0, skipped: [] });
    expect(await claimsOf(articleId)).toEqual([{ status: "disputed", ...spanOf(REPORT_TEXT, FIGURES), exact: FIGURES, note: "Le rapport dit 2,1 millions.", orphaned: false }]);
  });

  it("uses a position alone, orphans an unknown quote, and skips what it cannot use, saying why", async () => {
    const articleId = await newArticle();
    const tagged = (value: string) => [{ type: "TextualBody", purpose: "tagging", value }];
    const { start, end } = spanOf(REPORT_TEXT, SOURCES);
    const annotations = [
      // Code points: the flag before it is 4 units but 2 code points.
      { type: "Annotation", body: tagged("unsourced"), target: { source: "x", selector: { type: "TextPositionSelector", start: start - 2, end: end - 2 } } },
      { type: "Annotation", body: tagged("sourced"), target: { selector: [{ type: "TextQuoteSelector", exact: "Une phrase qui n’existe pas ici." }] } },
      { type: "Annotation", body: [{ type: "TextualBody", value: "no tag" }], target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } },
      { type: "Annotation", body: tagged("disputed"), target: "https://news.example.org/accord" },
      { type: "Annotation", body: tagged("disputed"), target: { selector: { type: "TextPositionSelector", start: 5000, end: 5010 } } },
    ];
    const summary = await importW3cAnnotations(reviewer, { articleId, collection: annotations });
    expect(summary.created).toBe(2);
    expect(summary.orphaned).toBe(1);
    expect(summary.skipped).toEqual([
      { index: 2, reason: expect.stringContaining("no Claimcheck status") },
      { index: 3, reason: expect.stringContaining("no TextQuoteSelector or TextPositionSelector") },
      { index: 4, reason: expect.stringContaining("outside the text") },
    ]);
    expect(await claimsOf(articleId)).toEqual([
      { status: "unsourced", start, end, exact: SOURCES, note: "", orphaned: false },
      { status: "sourced", start: null, end: null, exact: "Une phrase qui n’existe pas ici.", note: "", orphaned: true },
    ]);
  });
});

describe("importW3cAnnotations: refusals", () => {
  it("refuses what is not Web Annotations, and wrong types, writing nothing", async () => {
    const articleId = await newArticle();
    const before = await countRows(database.db);
    for (const body of [{ hello: "world" }, "text", 42, null, { type: "AnnotationCollection", first: "https://elsewhere.example/page1" }]) {
      await expectAppError(async () => importW3cAnnotations(reviewer, { articleId, collection: body }), "invalid_input");
    }
    const wrong = [
      { type: "Annotation", body: { purpose: "tagging", value: "sourced" }, target: { selector: { type: "TextPositionSelector", start: "5", end: 10 } } },
      { type: "Annotation", body: { purpose: "tagging", value: 3 }, target: "x" },
      { type: "Note", target: "x" },
      { type: "Annotation" },
      { type: "Annotation", target: { selector: { type: "TextQuoteSelector", exact: "" } } },
      { type: "Annotation", target: { selector: { type: "TextPositionSelector", start: 8, end: 3 } } },
    ];
    for (const annotation of wrong) {
      await expect(importW3cAnnotations(reviewer, { articleId, collection: [annotation] }), JSON.stringify(annotation)).rejects.toThrow(ZodError);
    }
    const error = await importW3cAnnotations(reviewer, { articleId, collection: { type: "AnnotationPage", items: [wrong[0]] } }).then(
      () => undefined,
      (thrown: ZodError) => thrown,
    );
    expect(error?.issues[0].path).toEqual(["annotations", 0, "target", 0, "selector", 0, "start"]);
    expect(await countRows(database.db)).toEqual(before);
  });

  it("needs the right to tag and an existing article", async () => {
    const articleId = await newArticle();
    const doc = { type: "Annotation", body: { purpose: "tagging", value: "sourced" }, target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } };
    await expectAppError(async () => importW3cAnnotations(makeContext(database.db, { role: "viewer" }), { articleId, collection: doc }), "forbidden");
    await expectAppError(async () => importW3cAnnotations(makeContext(database.db, { role: "journalist" }), { articleId, collection: doc }), "forbidden");
    await expectAppError(async () => importW3cAnnotations(makeContext(database.db, { role: null }), { articleId, collection: doc }), "unauthenticated");
    await expectAppError(async () => importW3cAnnotations(reviewer, { articleId: 999, collection: doc }), "not_found");
  });
});

describe("POST /api/v1/articles/:id/annotations/import", () => {
  let auth: Record<string, string>;
  let articleId: number;
  const url = "http://localhost/api/v1/articles/x/annotations/import";
  const annotation = { type: "Annotation", body: { type: "TextualBody", purpose: "tagging", value: "unsourced" }, target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } };

  beforeAll(async () => {
    auth = bearer((await makePersonWithToken(await getDb(), "reviewer")).token);
    articleId = (await createArticle({ db: await getDb(), actor: SYSTEM_ACTOR, now: () => new Date() }, makeArticleInput({ text: REPORT_TEXT }))).id;
  });
  afterAll(() => delete process.env.DATABASE_URL);

  const post = async (init: Parameters<typeof callRoute>[1]) => callRoute(importRoute.POST, { method: "POST", url, params: { id: String(articleId) }, ...init, headers: { ...auth, ...init?.headers } });

  it("imports JSON-LD and answers with the summary", async () => {
    const { status, body } = await post({ raw: JSON.stringify({ type: "AnnotationPage", items: [annotation] }), headers: { "content-type": "application/ld+json" } });
    expect(status).toBe(200);
    expect(body).toEqual({ created: 1, unchanged: 0, orphaned: 0, comments: 0, sources: 0, skipped: [] });
  });

  it("answers 400 with the field for a body that is not annotations", async () => {
    const notAnnotations = await post({ json: { type: "Squirrel" } });
    expect(notAnnotations.status).toBe(400);
    expect(notAnnotations.body.error.code).toBe("invalid_input");
    const wrongType = await post({ json: [{ ...annotation, target: { selector: { type: "TextPositionSelector", start: -1, end: 2 } } }] });
    expect(wrongType.status).toBe(400);
    expect(Object.keys(wrongType.body.error.fields)).toEqual(["annotations.0.target.0.selector.0.start"]);
  });

  it("asks before creating only orphans (409 import_all_orphaned), imports them with allowOrphans=true", async () => {
    const orphan = { ...annotation, id: "urn:api:orphan", target: { selector: { type: "TextQuoteSelector", exact: "Rien de tel dans ce texte." } } };
    const before = await countRows(await getDb());
    const asked = await post({ json: [orphan] });
    expect(asked.status).toBe(409);
    expect(asked.body.error).toMatchObject({ code: "import_all_orphaned", orphaned: 1, skipped: 0 });
    expect(await countRows(await getDb())).toEqual(before);
    const allowed = await post({ json: [orphan], url: `${url}?allowOrphans=true` });
    expect(allowed.body).toMatchObject({ created: 1, orphaned: 1 });
    expect((await post({ json: [orphan], url: `${url}?allowOrphans=true` })).body).toMatchObject({ created: 0, unchanged: 1 });
    expect((await post({ json: [orphan], url: `${url}?allowOrphans=maybe` })).status).toBe(400);
  });

  it("answers hostile bodies with a 4xx and writes nothing: deep nesting, a huge id, too many annotations", async () => {
    const before = await countRows(await getDb());
    const deep = `{"type":"Annotation","target":"x","body":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const nested = await post({ raw: deep });
    expect(nested.status).toBeGreaterThanOrEqual(400);
    expect(nested.status).toBeLessThan(500);
    expect((await post({ json: [{ ...annotation, id: `urn:${"x".repeat(3000)}` }] })).body.error.fields).toHaveProperty(["annotations.0.id"]);
    const many = await post({ json: Array.from({ length: 10_001 }, () => ({ type: "Annotation", target: "x" })) });
    expect(many.status).toBe(400);
    expect(many.body.error.fields).toHaveProperty("annotations");
    expect(await countRows(await getDb())).toEqual(before);
  });

  it("answers 415, 413, 401 and 404 like the rest of the API", async () => {
    expect((await post({ raw: "{}", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await post({ raw: JSON.stringify({ pad: "x".repeat(4 * 1024 * 1024) }) })).status).toBe(413);
    expect((await callRoute(importRoute.POST, { method: "POST", url, params: { id: String(articleId) }, json: annotation })).status).toBe(401);
    expect((await post({ json: annotation, params: { id: "999" } })).status).toBe(404);
  });
});

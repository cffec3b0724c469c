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
import { listClaims } from "@/server/claims/list-claims";
import { SYSTEM_ACTOR, type ServiceContext } from "@/server/context";
import { buildReportModel } from "@/server/report/build-report-model";
import { importW3cAnnotations } from "@/server/report/import-w3c-annotations";
import { makeArticleInput, spanOf } from "../support/builders";
import { expectAppError } from "../support/expect-app-error";
import { bearer, makePersonWithToken } from "../support/people";
import { REPORT_TEXT } from "../support/report-builders";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { countRows, makeContext, makeTestDatabase } from "../support/test-database";

useFreshAppDatabase();
const importRoute = await import("@/app/api/v1/articles/[id]/annotations/import/route");
const { getDb } = await import("@/db/client");

const FLAG_SENTENCE = "Le ministre a confirmé la nouvelle mardi.";
const SOURCES = "Selon nos sources, l’accord serait signé en mars.";
const FIGURES = "Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés.";

let database: ReturnType<typeof makeTestDatabase>;
let reviewer: ServiceContext;

function person(role: Role, name: string): ServiceContext {
  insertUserWithPassword(database.db, { id: `test-${role}`, name, email: `${role}@example.org`, role, passwordHash: "unused", now: new Date() });
  return makeContext(database.db, { role });
}

const newArticle = (text = REPORT_TEXT) => createArticle({ ...reviewer, actor: SYSTEM_ACTOR }, makeArticleInput({ text })).id;
/** What an import must carry over, anchored claims in text order, then orphans by quote. */
const claimsOf = (articleId: number) =>
  listClaims(reviewer, { articleId })
    .map((c) => ({ status: c.status, start: c.orphaned ? null : c.start, end: c.orphaned ? null : c.end, exact: c.quote.exact, note: c.note, orphaned: c.orphaned }))
    .sort((a, b) => Number(a.orphaned) - Number(b.orphaned) || (a.start ?? 0) - (b.start ?? 0) || a.exact.localeCompare(b.exact));

beforeEach(() => {
  database = makeTestDatabase();
  reviewer = person("reviewer", "Rita Reviewer");
});
afterEach(() => database.cleanup());

describe("importW3cAnnotations: round trip", () => {
  it("re-creates the exported claims on a fresh copy of the article (emoji before them)", () => {
    const original = newArticle();
    createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FLAG_SENTENCE), status: "sourced", note: "Communiqué =SUM(1)" } });
    createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, SOURCES), status: "unsourced" } });
    createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, FIGURES), status: "disputed" } });
    createClaim(reviewer, { articleId: original, input: { ...spanOf(REPORT_TEXT, "M. Dupont a démenti"), status: "sourced" } });
    // Rewriting Dupont's sentence orphans its claim: it travels as a quote alone.
    const admin = person("admin", "Ada Admin");
    updateArticleText(admin, { articleId: original, content: plainTextToDoc(REPORT_TEXT.replace("M. Dupont a démenti 😀.", "Silence radio du côté de l’opposition 😀.")), baseRevision: 1 });

    const model = buildReportModel(reviewer, { articleId: original, baseUrl: "https://cc.example.org", now: new Date("2026-02-01T00:00:00Z") });
    const exported = JSON.parse(JSON.stringify(reportToW3c(model)));
    const copy = newArticle(model.article.text);
    const summary = importW3cAnnotations(reviewer, { articleId: copy, collection: exported });

    expect(summary).toEqual({ created: 4, orphaned: 1, skipped: [] });
    expect(claimsOf(copy)).toEqual(claimsOf(original));
    expect(claimsOf(copy).find((c) => c.status === "sourced" && !c.orphaned)?.note).toBe("Communiqué =SUM(1)");
    const events = findEventsByArticle(database.db, copy).filter((e) => e.type === "claim.imported");
    expect(events).toHaveLength(4);
    expect(events[0]).toMatchObject({ actorId: "test-reviewer", after: { status: "sourced", orphaned: false, from: expect.stringMatching(/^https:\/\/cc\.example\.org\/api\/v1\/annotations\/\d+$/) } });
  });

  it("accepts an AnnotationPage, a bare array and a single annotation", () => {
    const source = newArticle();
    createClaim(reviewer, { articleId: source, input: { ...spanOf(REPORT_TEXT, SOURCES), status: "disputed" } });
    const collection = reportToW3c(buildReportModel(reviewer, { articleId: source, baseUrl: "https://cc.example.org", now: new Date() }));
    const [annotation] = collection.first.items;
    for (const document of [collection.first, collection.first.items, annotation, { ...collection, first: undefined, items: [annotation] }]) {
      const target = newArticle();
      expect(importW3cAnnotations(reviewer, { articleId: target, collection: document }).created).toBe(1);
      expect(claimsOf(target)).toEqual(claimsOf(source));
    }
  });
});

describe("importW3cAnnotations: other tools' annotations", () => {
  it("imports a Hypothesis annotation: target[0].selector, a page offset that does not fit, a tag", () => {
    const articleId = newArticle();
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
    expect(importW3cAnnotations(reviewer, { articleId, collection: hypothesis })).toEqual({ created: 1, orphaned: 0, skipped: [] });
    expect(claimsOf(articleId)).toEqual([{ status: "disputed", ...spanOf(REPORT_TEXT, FIGURES), exact: FIGURES, note: "Le rapport dit 2,1 millions.", orphaned: false }]);
  });

  it("uses a position alone, orphans an unknown quote, and skips what it cannot use, saying why", () => {
    const articleId = newArticle();
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
    const summary = importW3cAnnotations(reviewer, { articleId, collection: annotations });
    expect(summary.created).toBe(2);
    expect(summary.orphaned).toBe(1);
    expect(summary.skipped).toEqual([
      { index: 2, reason: expect.stringContaining("no Claimcheck status") },
      { index: 3, reason: expect.stringContaining("no TextQuoteSelector or TextPositionSelector") },
      { index: 4, reason: expect.stringContaining("outside the text") },
    ]);
    expect(claimsOf(articleId)).toEqual([
      { status: "unsourced", start, end, exact: SOURCES, note: "", orphaned: false },
      { status: "sourced", start: null, end: null, exact: "Une phrase qui n’existe pas ici.", note: "", orphaned: true },
    ]);
  });
});

describe("importW3cAnnotations: refusals", () => {
  it("refuses what is not Web Annotations, and wrong types, writing nothing", () => {
    const articleId = newArticle();
    const before = countRows(database.db);
    for (const body of [{ hello: "world" }, "text", 42, null, { type: "AnnotationCollection", first: "https://elsewhere.example/page1" }]) {
      expectAppError(() => importW3cAnnotations(reviewer, { articleId, collection: body }), "invalid_input");
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
      expect(() => importW3cAnnotations(reviewer, { articleId, collection: [annotation] }), JSON.stringify(annotation)).toThrow(ZodError);
    }
    const error = (() => {
      try {
        importW3cAnnotations(reviewer, { articleId, collection: { type: "AnnotationPage", items: [wrong[0]] } });
      } catch (thrown) {
        return thrown as ZodError;
      }
    })();
    expect(error?.issues[0].path).toEqual(["annotations", 0, "target", 0, "selector", 0, "start"]);
    expect(countRows(database.db)).toEqual(before);
  });

  it("needs the right to tag and an existing article", () => {
    const articleId = newArticle();
    const doc = { type: "Annotation", body: { purpose: "tagging", value: "sourced" }, target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } };
    expectAppError(() => importW3cAnnotations(makeContext(database.db, { role: "viewer" }), { articleId, collection: doc }), "forbidden");
    expectAppError(() => importW3cAnnotations(makeContext(database.db, { role: "journalist" }), { articleId, collection: doc }), "forbidden");
    expectAppError(() => importW3cAnnotations(makeContext(database.db, { role: null }), { articleId, collection: doc }), "unauthenticated");
    expectAppError(() => importW3cAnnotations(reviewer, { articleId: 999, collection: doc }), "not_found");
  });
});

describe("POST /api/v1/articles/:id/annotations/import", () => {
  let auth: Record<string, string>;
  let articleId: number;
  const url = "http://localhost/api/v1/articles/x/annotations/import";
  const annotation = { type: "Annotation", body: { type: "TextualBody", purpose: "tagging", value: "unsourced" }, target: { selector: { type: "TextQuoteSelector", exact: SOURCES } } };

  beforeAll(async () => {
    auth = bearer((await makePersonWithToken(getDb(), "reviewer")).token);
    articleId = createArticle({ db: getDb(), actor: SYSTEM_ACTOR, now: () => new Date() }, makeArticleInput({ text: REPORT_TEXT })).id;
  });
  afterAll(() => delete process.env.DATABASE_URL);

  const post = (init: Parameters<typeof callRoute>[1]) => callRoute(importRoute.POST, { method: "POST", url, params: { id: String(articleId) }, ...init, headers: { ...auth, ...init?.headers } });

  it("imports JSON-LD and answers with the summary", async () => {
    const { status, body } = await post({ raw: JSON.stringify({ type: "AnnotationPage", items: [annotation] }), headers: { "content-type": "application/ld+json" } });
    expect(status).toBe(200);
    expect(body).toEqual({ created: 1, orphaned: 0, skipped: [] });
  });

  it("answers 400 with the field for a body that is not annotations", async () => {
    const notAnnotations = await post({ json: { type: "Squirrel" } });
    expect(notAnnotations.status).toBe(400);
    expect(notAnnotations.body.error.code).toBe("invalid_input");
    const wrongType = await post({ json: [{ ...annotation, target: { selector: { type: "TextPositionSelector", start: -1, end: 2 } } }] });
    expect(wrongType.status).toBe(400);
    expect(Object.keys(wrongType.body.error.fields)).toEqual(["annotations.0.target.0.selector.0.start"]);
  });

  it("answers 415, 413, 401 and 404 like the rest of the API", async () => {
    expect((await post({ raw: "{}", headers: { "content-type": "text/plain" } })).status).toBe(415);
    expect((await post({ raw: JSON.stringify({ pad: "x".repeat(4 * 1024 * 1024) }) })).status).toBe(413);
    expect((await callRoute(importRoute.POST, { method: "POST", url, params: { id: String(articleId) }, json: annotation })).status).toBe(401);
    expect((await post({ json: annotation, params: { id: "999" } })).status).toBe(404);
  });
});

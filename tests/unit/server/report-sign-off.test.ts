import { extractText, getDocumentProxy } from "unpdf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertUserWithPassword } from "@/db/queries/people";
import type { Role } from "@/lib/auth/permissions";
import { reportToHtml } from "@/lib/report/to-html";
import { reportToMarkdown } from "@/lib/report/to-markdown";
import { reportToJson } from "@/lib/report/to-json";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { setArticleState } from "@/server/articles/set-article-state";
import { updateArticleText } from "@/server/articles/update-article-text";
import { createClaim } from "@/server/claims/create-claim";
import type { ServiceContext } from "@/server/context";
import { buildReportModel } from "@/server/report/build-report-model";
import { reportToPdf } from "@/server/report/report-pdf";
import { makeArticleInput, SAMPLE_TEXT, spanOf } from "../support/builders";
import { makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let admin: ServiceContext;
let journalist: ServiceContext;
let articleId: number;
const NOW = new Date("2026-02-01T12:00:00.000Z");

async function person(role: Role, name: string): Promise<ServiceContext> {
  await insertUserWithPassword(database.db, { id: `test-${role}`, name, email: `${role}@example.org`, role, passwordHash: "unused", now: new Date() });
  return { ...makeContext(database.db, { role }), actor: { id: `test-${role}`, name, role } };
}

const model = async () => buildReportModel(admin, { articleId, baseUrl: "https://claimcheck.example", now: NOW });
const flat = (text: string) => text.replace(/\s+/g, " ");

async function pdfText(buffer: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(buffer)), { mergePages: true });
  return flat(text);
}

beforeEach(async () => {
  database = await makeTestDatabase();
  admin = await person("admin", "Ada <b>Admin</b>");
  journalist = await person("journalist", "Jo Journalist");
  articleId = (await createArticle(admin, makeArticleInput())).id;
  await createClaim(admin, { articleId, input: { ...spanOf(SAMPLE_TEXT, "M. Dupont a démenti."), status: "sourced" } });
});
afterEach(async () => database.cleanup());

describe("the report says what was signed", () => {
  it("has no sign-off before anyone signs", async () => {
    expect((await model()).signOff).toBeNull();
    expect(reportToMarkdown(await model())).not.toContain("Signed off");
  });

  it("shows the signed revision, who, when and the figures, in every format", async () => {
    await setArticleState(admin, { articleId, state: "verified", confirm: true });
    const { signOff } = await model();
    expect(signOff).toMatchObject({
      reopened: false,
      textChanged: false,
      record: { revision: 1, coverage: { sentences: 4, tagged: 1 }, sourcedWithoutSource: 1, openThreads: 0, signedBy: { name: "Ada <b>Admin</b>" }, confirmedGaps: ["coverage", "sourced_without_source"] },
    });
    const markdown = reportToMarkdown(await model());
    expect(markdown).toContain("Signed off");
    expect(markdown).toContain("revision 1");
    expect(markdown).toContain("1 of 4 sentences checked");
    expect(markdown).toContain("1 sourced claim without a source");
    expect(markdown).not.toContain("text has changed");
    const html = reportToHtml(await model());
    expect(html).toContain("Ada &lt;b&gt;Admin&lt;/b&gt;");
    expect(html).not.toContain("<b>Admin</b>");
    expect(html).toContain("1 of 4 sentences checked");
    expect(reportToJson(await model()).signOff).toMatchObject({ record: { revision: 1 } });
    const pdf = await pdfText(await reportToPdf(await model()));
    expect(pdf).toContain("1 of 4 sentences checked");
    expect(pdf).toContain("revision 1");
  });

  it("keeps the last sign-off after a reopening and says when the text changed since", async () => {
    await setArticleState(admin, { articleId, state: "verified", confirm: true });
    await setArticleState(journalist, { articleId, state: "in_review" });
    await updateArticleText(journalist, { articleId, content: plainTextToDoc(`${SAMPLE_TEXT}\n\nUne phrase de plus.`), baseRevision: 1 });
    const { signOff, article } = await model();
    expect(article.revision).toBe(2);
    expect(signOff).toMatchObject({ reopened: true, textChanged: true, record: { revision: 1 } });
    const markdown = reportToMarkdown(await model());
    expect(markdown).toContain("reopened");
    expect(markdown).toContain("The text has changed since: the signed revision is 1, the current one is 2.");
  });
});

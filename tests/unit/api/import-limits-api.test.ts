import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BLOCKS, MAX_HTML_ELEMENTS, MAX_NESTING_DEPTH } from "@/lib/api/limits";
import { makeDocx } from "../support/docx-builder";
import { bearer, makePersonWithToken } from "../support/people";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { countRows } from "../support/test-database";

await useFreshAppDatabase();

// Imported after the database is pointed at a temporary file.
const articlesRoute = await import("@/app/api/v1/articles/route");
const articleRoute = await import("@/app/api/v1/articles/[id]/route");
const { getDb } = await import("@/db/client");

let admin: Record<string, string>;

beforeAll(async () => {
  admin = bearer((await makePersonWithToken(await getDb(), "admin")).token);
  // The first request prepares the app (demo article): not a write of the requests under test.
  await callRoute(articlesRoute.GET, { url: "http://localhost/api/v1/articles", headers: admin });
});

const rows = async () => countRows(await getDb());
const create = async (json: Record<string, unknown>) => callRoute(articlesRoute.POST, { method: "POST", url: "http://localhost/api/v1/articles", json: { title: "Limits", language: "en", ...json }, headers: admin });

async function upload(file: File): Promise<{ status: number; body: any }> {
  const form = new FormData();
  form.append("file", file);
  form.append("language", "en");
  const request = new Request("http://localhost/api/v1/articles", { method: "POST", body: form, headers: admin });
  const response = await articlesRoute.POST(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

const SENTENCE = "The council voted a budget of 1.2 billion euros, according to the minutes published last night.";
const nested = (open: string, close: string, depth: number) => `${open.repeat(depth)}deep${close.repeat(depth)}`;

describe("imports are bounded: too many blocks, elements or levels are refused, nothing is written", () => {
  const refusals: { name: string; send: () => Promise<{ status: number; body: any }>; status: number; code: string; field: string }[] = [
    { name: "HTML of 30,000 paragraphs (240 KB)", send: async () => create({ html: Array.from({ length: 30_000 }, () => "<p>x</p>").join("") }), status: 413, code: "too_many_blocks", field: "html" },
    { name: "text of 30,000 paragraphs", send: async () => create({ text: Array.from({ length: 30_000 }, () => "x").join("\n\n") }), status: 413, code: "too_many_blocks", field: "text" },
    { name: "Markdown of 30,000 list items", send: async () => create({ markdown: Array.from({ length: 30_000 }, () => "- x").join("\n") }), status: 413, code: "too_many_blocks", field: "markdown" },
    { name: "an .html file of 30,000 paragraphs", send: async () => upload(new File([Array.from({ length: 30_000 }, () => "<p>x</p>").join("")], "many.html")), status: 413, code: "too_many_blocks", field: "file" },
    { name: "a 7.5 KB .docx of 40,000 paragraphs", send: async () => upload(new File([await makeDocx(Array.from({ length: 40_000 }, () => "x"))], "many.docx")), status: 413, code: "too_many_blocks", field: "file" },
    { name: "10,000 nested <div>", send: async () => create({ html: nested("<div>", "</div>", 10_000) }), status: 400, code: "too_deeply_nested", field: "html" },
    { name: "10,000 nested <blockquote>", send: async () => create({ html: nested("<blockquote>", "</blockquote>", 10_000) }), status: 400, code: "too_deeply_nested", field: "html" },
    { name: "10,000 nested lists", send: async () => create({ html: nested("<ul><li>", "</li></ul>", 10_000) }), status: 400, code: "too_deeply_nested", field: "html" },
    { name: "5,000 nested <b> in a paragraph", send: async () => create({ html: `<p>${nested("<b>", "</b>", 5_000)}</p>` }), status: 400, code: "too_deeply_nested", field: "html" },
    { name: "an .html file nested 10,000 deep", send: async () => upload(new File([nested("<div>", "</div>", 10_000)], "deep.html")), status: 400, code: "too_deeply_nested", field: "file" },
    { name: `more than ${MAX_HTML_ELEMENTS} HTML elements`, send: async () => create({ html: `<p>${"<b>x</b>".repeat(MAX_HTML_ELEMENTS)}</p>` }), status: 413, code: "payload_too_large", field: "html" },
  ];

  for (const bad of refusals) {
    it(`refuses ${bad.name} with ${bad.status} ${bad.code}`, async () => {
      const before = await rows();
      const { status, body } = await bad.send();
      expect(status, JSON.stringify(body)).toBe(bad.status);
      expect(body.error.code).toBe(bad.code);
      expect(body.error.fields).toHaveProperty(bad.field);
      expect(await rows()).toEqual(before);
    });
  }

  it("refuses a text update whose Tiptap JSON is nested 10,000 deep, or has too many blocks", async () => {
    const { body: article } = await create({ text: "One paragraph." });
    // Written by hand: JSON.stringify itself overflows the stack on such an object.
    const content = `${'{"type":"blockquote","content":['.repeat(10_000)}{"type":"paragraph","content":[{"type":"text","text":"deep"}]}${"]}".repeat(10_000)}`;
    const patch = async (json: unknown, raw?: string) => callRoute(articleRoute.PATCH, { method: "PATCH", url: `http://localhost/api/v1/articles/${article.id}`, params: { id: String(article.id) }, json, raw, headers: { ...admin, "content-type": "application/json" } });
    const before = await rows();
    const deep = await patch(undefined, `{"content":{"type":"doc","content":[${content}]},"baseRevision":1}`);
    expect(deep.status).toBe(400);
    expect(deep.body.error).toMatchObject({ code: "too_deeply_nested", fields: { content: expect.any(String) } });
    const many = await patch({ html: "<p>x</p>".repeat(MAX_ARTICLE_BLOCKS + 1), baseRevision: 1 });
    expect(many.status).toBe(413);
    expect(many.body.error.code).toBe("too_many_blocks");
    expect(await rows()).toEqual(before);
  });

  it("imports a 20,000-word article of 1,000 paragraphs from HTML and .docx, and nesting up to the limit", async () => {
    const paragraphs = Array.from({ length: 1_000 }, (_, i) => `${i + 1}. ${SENTENCE} ${SENTENCE}`);
    const fromHtml = await create({ html: paragraphs.map((p) => `<p>${p}</p>`).join("") });
    expect(fromHtml.status).toBe(201);
    expect(fromHtml.body.content.content).toHaveLength(1_000);
    const fromDocx = await upload(new File([await makeDocx(paragraphs)], "bench.docx"));
    expect(fromDocx.status).toBe(201);
    expect(fromDocx.body.text.split("\n\n")).toHaveLength(1_000);
    // Each <blockquote> is one level and the paragraph inside it one more.
    const deepest = await create({ html: nested("<blockquote>", "</blockquote>", MAX_NESTING_DEPTH - 1) });
    expect(deepest.status, JSON.stringify(deepest.body)).toBe(201);
    expect(deepest.body.text).toBe("deep");
  });
});

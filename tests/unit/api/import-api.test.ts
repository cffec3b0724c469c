import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { useFreshAppDatabase, callRoute } from "../support/route-harness";
import { bearer, makePersonWithToken } from "../support/people";
import { countRows } from "../support/test-database";
import { sqlRows } from "../support/test-database";

await useFreshAppDatabase();

// Imported after the database is pointed at a temporary file.
const articlesRoute = await import("@/app/api/v1/articles/route");
const { getDb } = await import("@/db/client");
const { getAuth } = await import("@/server/auth/auth");

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "import");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const NBSP = "\u00a0";

let admin: Record<string, string>;
let reviewer: Record<string, string>;
let adminEmail: string;

beforeAll(async () => {
  const person = await makePersonWithToken(await getDb(), "admin");
  admin = bearer(person.token);
  adminEmail = ((await sqlRows((await getDb()), "select email from \"user\" where id = ?", [person.id]))[0] as { email: string }).email;
  reviewer = bearer((await makePersonWithToken(await getDb(), "reviewer")).token);
});

/** Posts a multipart form to POST /api/v1/articles, as a browser or `curl -F` would. */
async function upload(fields: Record<string, string | File>, headers: Record<string, string> = admin): Promise<{ status: number; body: any }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request("http://localhost/api/v1/articles", { method: "POST", body: form, headers });
  const response = await articlesRoute.POST(request, { params: Promise.resolve({}) });
  return { status: response.status, body: await response.json() };
}

const rows = async () => countRows(await getDb());
const docx = () => new File([fixture("article.docx")], "article.docx");

describe("POST /api/v1/articles with a file (multipart/form-data)", () => {
  it("creates an article from a .docx, titled after its first heading", async () => {
    const { status, body } = await upload({ file: docx(), language: "fr" });
    expect(status).toBe(201);
    expect(body).toMatchObject({ title: `Alger et la «${NBSP}défection${NBSP}» du ministre`, language: "fr", revision: 1 });
    expect(body.text).toContain(`Selon nos sources, l’accord a été signé mardi à Alger, une «${NBSP}première${NBSP}» selon le ministère.`);
    expect(body.content.content.map((n: { type: string }) => n.type)).toEqual(["heading", "paragraph", "paragraph", "bulletList"]);
    expect(body.progress.sentences).toBeGreaterThan(3);
  });

  it("creates an article from Markdown with the given title; raw HTML stays text", async () => {
    const { status, body } = await upload({ file: new File([fixture("article.md")], "port.md"), title: "  Le port  ", language: "fr-FR" });
    expect(status).toBe(201);
    expect(body).toMatchObject({ title: "Le port", language: "fr-FR" });
    expect(body.text.startsWith("Le port de Marseille et la « grève » de mars\n\nLe trafic a baissé de 12 %")).toBe(true);
    expect(body.text).toContain("<script>alert(1)</script>");
    expect(JSON.stringify(body.content)).not.toMatch(/"type":"(?!doc|heading|paragraph|text|hardBreak|bulletList|listItem|bold|italic|link)/);
  });

  const refusals: { name: string; fields: () => Record<string, string | File>; as?: "reviewer" | "nobody"; status: number; code: string; field?: string }[] = [
    { name: "a .docx that is not a zip", fields: () => ({ file: new File(["not a zip at all"], "fake.docx"), language: "fr" }), status: 400, code: "invalid_input", field: "file" },
    { name: "a reviewer (may not create articles)", fields: () => ({ file: docx(), language: "fr" }), as: "reviewer", status: 403, code: "forbidden" },
    { name: "no credentials", fields: () => ({ file: docx(), language: "fr" }), as: "nobody", status: 401, code: "unauthenticated" },
    { name: "a file over 5 MiB", fields: () => ({ file: new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(65)], "long.txt"), language: "fr" }), status: 413, code: "payload_too_large", field: "file" },
    { name: "a PDF", fields: () => ({ file: new File(["%PDF-1.7"], "article.pdf"), language: "fr" }), status: 415, code: "unsupported_media_type", field: "file" },
    { name: "an empty file", fields: () => ({ file: new File([], "vide.txt"), language: "fr" }), status: 400, code: "invalid_input", field: "file" },
    { name: "no file", fields: () => ({ title: "Sans fichier", language: "fr" }), status: 400, code: "invalid_input", field: "file" },
    { name: "no language", fields: () => ({ file: docx() }), status: 400, code: "invalid_input", field: "language" },
    { name: "an unknown field", fields: () => ({ file: docx(), language: "fr", text: "Bonjour." }), status: 400, code: "invalid_input" },
    { name: "a file without text", fields: () => ({ file: new File(["<p> </p><script>x()</script>"], "vide.html"), language: "fr" }), status: 400, code: "invalid_input", field: "file" },
  ];

  for (const bad of refusals) {
    it(`refuses ${bad.name} with ${bad.status} and writes nothing`, async () => {
      const before = await rows();
      const { status, body } = await upload(bad.fields(), bad.as === "reviewer" ? reviewer : bad.as === "nobody" ? {} : admin);
      expect(status).toBe(bad.status);
      expect(body.error.code).toBe(bad.code);
      if (bad.field) expect(body.error.fields).toHaveProperty(bad.field);
      expect(await rows()).toEqual(before);
    });
  }

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    const before = await rows();
    const { status, body } = await upload({ file: new File(["court"], "court.txt"), language: "fr" }, { ...admin, "content-length": String(6 * 1024 * 1024) });
    expect(status).toBe(413);
    expect(body.error.code).toBe("payload_too_large");
    expect(await rows()).toEqual(before);
  });

  it("refuses an upload authenticated by the session cookie alone (cross-site forms can send those)", async () => {
    const signIn = await (await getAuth()).handler(
      new Request("http://localhost:3000/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": "203.0.113.50" },
        body: JSON.stringify({ email: adminEmail, password: "correct horse battery" }),
      }),
    );
    const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0];
    expect(cookie).toMatch(/session_token=/);
    const before = await rows();
    const { status, body } = await upload({ file: docx(), language: "fr" }, { cookie });
    expect(status).toBe(415);
    expect(body.error.message).toMatch(/bearer token/);
    expect(await rows()).toEqual(before);
  });
});

describe("POST /api/v1/articles with JSON html", () => {
  it("creates an article from sanitised HTML", async () => {
    const html = '<h2 onclick="x()">Titre</h2><p>Un <b>fait</b><script>alert(1)</script> et <a href="javascript:alert(2)">un lien</a>.</p>';
    const { status, body } = await callRoute(articlesRoute.POST, { method: "POST", headers: admin, json: { title: "HTML", language: "fr", html } });
    expect(status).toBe(201);
    expect(body.text).toBe("Titre\n\nUn fait et un lien.");
    expect(JSON.stringify(body.content)).not.toMatch(/alert|javascript|onclick/);
  });

  it("refuses two sources at once, and HTML without text", async () => {
    const before = await rows();
    const both = await callRoute(articlesRoute.POST, { method: "POST", headers: admin, json: { title: "x", language: "fr", text: "a", html: "<p>a</p>" } });
    expect(both.status).toBe(400);
    const empty = await callRoute(articlesRoute.POST, { method: "POST", headers: admin, json: { title: "x", language: "fr", html: "<p><img src=x></p>" } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toHaveProperty("html");
    expect(await rows()).toEqual(before);
  });
});

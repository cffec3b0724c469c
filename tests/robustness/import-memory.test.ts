import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { residentSetKb } from "@/scripts/built-app";
import { makeDocx } from "../unit/support/docx-builder";
import { apiClient, type ApiAnswer, type ApiCall } from "./support/api-client";
import { ADMIN_EMAIL, startAppServer, type AppServer } from "./support/app-server";

/** The heap limit `npm start` gives the server (scripts/server-heap.js). */
const SERVER_HEAP_MB = 384;
/** Resident memory the server may reach while refusing or importing the largest inputs. */
const MAX_RSS_MB = 600;

let server: AppServer;
let admin: ApiCall;
let token: string;
let peakRssKb = 0;
let sampler: NodeJS.Timeout;

beforeAll(async () => {
  server = await startAppServer({ heapMb: SERVER_HEAP_MB });
  token = await server.tokenFor(ADMIN_EMAIL);
  admin = apiClient(server.url, token);
  sampler = setInterval(() => {
    try {
      peakRssKb = Math.max(peakRssKb, residentSetKb(server.pid));
    } catch {
      // the server is gone: the test that killed it fails on its own
    }
  }, 25);
});

afterAll(async () => {
  clearInterval(sampler);
  console.log(`peak server RSS during the imports: ${Math.round(peakRssKb / 1024)} MB`);
  await server?.stop();
});

/** Posts a file as multipart/form-data, as `curl -F file=@…` does. */
async function uploadFile(name: string, bytes: Uint8Array<ArrayBuffer> | string): Promise<ApiAnswer> {
  const form = new FormData();
  form.append("file", new File([bytes], name));
  form.append("language", "en");
  const response = await fetch(`${server.url}/api/v1/articles`, { method: "POST", body: form, headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, text, ms: 0, headers: response.headers };
}

/** Finished or refused with a clear 4xx, and the server still answers afterwards. */
async function expectHandled(answer: ApiAnswer, allowed: number[]): Promise<void> {
  expect(allowed, `${answer.status} ${answer.text.slice(0, 300)}\n${server.output().slice(-2_000)}`).toContain(answer.status);
  if (answer.status >= 400) expect(answer.body?.error?.code).toEqual(expect.any(String));
  expect((await admin("GET", "/api/v1/me")).status).toBe(200);
  expect(residentSetKb(server.pid) / 1024).toBeLessThan(MAX_RSS_MB);
}

const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => `<p>${i}</p>`).join("");

describe("imports within the documented limits never take the server down", () => {
  it("an HTML body of 30,000 paragraphs (about 240 KB)", async () => {
    const html = paragraphs(30_000);
    await expectHandled(await admin("POST", "/api/v1/articles", { json: { title: "Many paragraphs", language: "en", html } }), [201, 413]);
  });

  it("the same as an uploaded .html file, twice at once", async () => {
    const html = paragraphs(30_000);
    const answers = await Promise.all([uploadFile("many.html", html), uploadFile("many-again.html", html)]);
    for (const answer of answers) await expectHandled(answer, [201, 413]);
  });

  it("a 7.5 KB .docx of 40,000 paragraphs", async () => {
    const docx = await makeDocx(Array.from({ length: 40_000 }, () => "x"));
    expect(docx.byteLength).toBeLessThan(10_000);
    await expectHandled(await uploadFile("many.docx", docx), [201, 413]);
  });

  it.each([
    ["div", "<div>", "</div>"],
    ["blockquote", "<blockquote>", "</blockquote>"],
    ["list", "<ul><li>", "</li></ul>"],
  ])("10,000 nested %s elements are refused with a 400", async (_name, open, close) => {
    const html = `${open.repeat(10_000)}deep${close.repeat(10_000)}`;
    const answer = await admin("POST", "/api/v1/articles", { json: { title: "Deep", language: "en", html } });
    await expectHandled(answer, [400]);
    expect(answer.body.error.code).toBe("too_deeply_nested");
  });

  it("10,000 nested Markdown quotes and 10,000 nested inline tags finish or are refused", async () => {
    const markdown = `${"> ".repeat(10_000)}deep`;
    await expectHandled(await admin("POST", "/api/v1/articles", { json: { title: "Deep quotes", language: "en", markdown } }), [201, 400]);
    const html = `<p>${"<span><b>".repeat(5_000)}deep${"</b></span>".repeat(5_000)}</p>`;
    await expectHandled(await admin("POST", "/api/v1/articles", { json: { title: "Deep spans", language: "en", html } }), [201, 400]);
  });
});

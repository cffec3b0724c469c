import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBuiltApp, type BuiltApp } from "@/scripts/built-app";

const EMAIL = "bad-input-admin@example.org";
const PASSWORD = "bad-input-password-1";

let app: BuiltApp;
let dir: string;
let cookie: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimcheck-bad-input-"));
  app = await startBuiltApp({ databaseFile: path.join(dir, "app.db"), env: { CLAIMCHECK_ADMIN_EMAIL: EMAIL, CLAIMCHECK_ADMIN_PASSWORD: PASSWORD } });
  const signIn = await fetch(`${app.url}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: app.url }, body: JSON.stringify({ email: EMAIL, password: PASSWORD }) });
  expect(signIn.status).toBe(200);
  cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A 4xx with the API's JSON error shape; the server's log names no error. */
async function expectClearRefusal(response: Response, status: number): Promise<void> {
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(status);
  expect(JSON.parse(text).error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
}

/** The Add person form of the People page as a browser without JavaScript would post it. */
async function addPersonForm(): Promise<FormData> {
  const html = await (await fetch(`${app.url}/people`, { headers: { cookie } })).text();
  const addForm = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes('name="email"'))!;
  const form = new FormData();
  for (const [input] of addForm.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    form.append(/name="([^"]*)"/.exec(input)![1], (/value="([^"]*)"/.exec(input)?.[1] ?? "").replace(/&quot;/g, '"'));
  }
  return form;
}

describe("bad input to pages and the auth endpoints gets a clear 4xx, never a 500", () => {
  it.each(["/api/auth/%ff", "/api/auth/get-session%ff", "/articles/%ff", "/api/v1/articles/%E9"])("GET %s (not UTF-8) → 400", async (target) => {
    await expectClearRefusal(await fetch(`${app.url}${target}`, { headers: { cookie } }), 400);
  });

  it("Add person posted without JavaScript works, and refuses a form missing its saved state with a 400", async () => {
    const form = await addPersonForm();
    for (const [name, value] of Object.entries({ name: "Sans Script", email: "sans-script@example.org", role: "viewer", password: "" })) form.append(name, value);
    const ok = await fetch(`${app.url}/people`, { method: "POST", body: form, headers: { cookie, origin: app.url } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("Sans Script");

    const broken = await addPersonForm();
    for (const key of [...broken.keys()]) if (/^\$ACTION_\d+:1$/.test(key)) broken.delete(key);
    broken.append("name", "Sans Etat");
    await expectClearRefusal(await fetch(`${app.url}/people`, { method: "POST", body: broken, headers: { cookie, origin: app.url } }), 400);
  });

  it("a server action posted from another site → 403, with or without JavaScript", async () => {
    const form = await addPersonForm();
    for (const [name, value] of Object.entries({ name: "Intrus", email: "intrus@example.org", role: "admin" })) form.append(name, value);
    await expectClearRefusal(await fetch(`${app.url}/people`, { method: "POST", body: form, headers: { cookie, origin: "https://evil.example" } }), 403);
    const html = await (await fetch(`${app.url}/people`, { headers: { cookie } })).text();
    const actionId = /"id":"([0-9a-f]{40,})"/.exec(html.replace(/&quot;/g, '"'))![1];
    await expectClearRefusal(await fetch(`${app.url}/people`, { method: "POST", body: "[]", headers: { cookie, origin: "https://evil.example", "next-action": actionId, "content-type": "text/plain;charset=UTF-8" } }), 403);
    const people = await (await fetch(`${app.url}/people`, { headers: { cookie } })).text();
    expect(people).not.toContain("Intrus");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/server/auth/auth";
import { makePersonWithToken } from "../../support/people";
import { countRows, makeTestDatabase, type TestDatabase } from "../../support/test-database";
import { json, sqlRows } from "../../support/test-database";

// better-auth's own endpoints a signed-in person can call with their cookie: update-user (name)
// and change-password. Both must follow the app's rules and leave a trace.

const PASSWORD = "correct horse battery";
const ORIGIN = "http://localhost:3000";
let database: TestDatabase;
let auth: ReturnType<typeof createAuth>;

beforeAll(async () => {
  database = await makeTestDatabase();
  auth = createAuth(database.db, { databaseUrl: database.url });
});
afterAll(async () => database.cleanup());

async function makePerson(): Promise<{ id: string; email: string }> {
  const person = await makePersonWithToken(database.db, "reviewer", "Rita Reviewer");
  const { email } = (await sqlRows(database.db, "select email from \"user\" where id = ?", [person.id]))[0] as { email: string };
  return { id: person.id, email };
}

async function signIn(email: string, password = PASSWORD): Promise<string> {
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN }, body: JSON.stringify({ email, password }) }),
  );
  expect(response.status).toBe(200);
  return /claimcheck\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")![0];
}

// better-auth's own limit on /change-password (3 per 10 s per address) stays on; each call here
// comes from its own address so the tests are not slowed down by it.
let address = 0;
function post(path: string, cookie: string, body: unknown): Promise<Response> {
  const headers = { "content-type": "application/json", origin: ORIGIN, cookie, "x-forwarded-for": `198.51.100.${++address % 250}` };
  return auth.handler(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}

function getSession(cookie: string): Promise<Response> {
  return auth.handler(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie, origin: ORIGIN } }));
}

const nameOf = async (id: string) => ((await sqlRows(database.db, "select name from \"user\" where id = ?", [id]))[0] as { name: string }).name;
const eventsOf = async (type: string) => (await sqlRows(database.db, "select actor_id as \"actorId\", before, after from events where type = ?", [type])) as { actorId: string; before: string | null; after: string | null }[];

// Each sign-in and password change runs the password hash (~0.2 s on this kind of machine).
describe("POST /api/auth/update-user", { timeout: 30_000 }, () => {
  it('refuses "Admin" followed by 5,000 characters with 400, and changes nothing', async () => {
    const person = await makePerson();
    const cookie = await signIn(person.email);
    const before = await countRows(database.db);
    const response = await post("/update-user", cookie, { name: "Admin" + "x".repeat(5000) });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.fields.name).toMatch(/80 characters/);
    expect(await nameOf(person.id)).toBe("Rita Reviewer");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("refuses control and text-direction characters, and fields other than the name", async () => {
    const person = await makePerson();
    const cookie = await signIn(person.email);
    for (const body of [{ name: "\u202eRita" }, { name: "Rita\nAdmin" }, { name: "" }, { name: 42 }, { image: "https://evil.example/x.png" }, { name: "Rita", role: "admin" }, { name: "Claimcheck" }]) {
      const response = await post("/update-user", cookie, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(await nameOf(person.id)).toBe("Rita Reviewer");
    expect(((await sqlRows(database.db, "select role, image from \"user\" where id = ?", [person.id]))[0] as { role: string; image: string | null })).toEqual({ role: "reviewer", image: null });
  });

  it("a valid rename is cleaned, saved and recorded as a person.renamed event (before and after)", async () => {
    const person = await makePerson();
    const cookie = await signIn(person.email);
    const response = await post("/update-user", cookie, { name: "  Rita   Q. Reviewer " });
    expect(response.status).toBe(200);
    expect(await nameOf(person.id)).toBe("Rita Q. Reviewer");
    const event = (await eventsOf("person.renamed")).find((row) => row.actorId === person.id)!;
    expect(json(event.before)).toEqual({ userId: person.id, name: "Rita Reviewer" });
    expect(json(event.after)).toEqual({ userId: person.id, name: "Rita Q. Reviewer" });
    expect((await (await getSession(cookie)).json()).user.name).toBe("Rita Q. Reviewer");
  });

  it("without a session, is refused and changes nothing", async () => {
    const before = await countRows(database.db);
    const response = await post("/update-user", "", { name: "Admin" });
    expect(response.status).toBe(401);
    expect(await countRows(database.db)).toEqual(before);
  });
});

describe("POST /api/auth/change-password", { timeout: 30_000 }, () => {
  it("refuses a common password and one under 8 characters, and keeps the old one", async () => {
    const person = await makePerson();
    const cookie = await signIn(person.email);
    for (const newPassword of ["password1", "12345678", "qwertyuiop", "short"]) {
      const response = await post("/change-password", cookie, { currentPassword: PASSWORD, newPassword });
      expect(response.status, newPassword).toBe(400);
      expect((await response.json()).error.fields.newPassword).toBeTruthy();
    }
    await signIn(person.email, PASSWORD);
  });

  it("ends the person's other sessions, keeps this one, and records the change", async () => {
    const person = await makePerson();
    const laptop = await signIn(person.email);
    const phone = await signIn(person.email);
    const response = await post("/change-password", laptop, { currentPassword: PASSWORD, newPassword: "a brand new passphrase 7" });
    expect(response.status).toBe(200);
    // The session that changed it (perhaps under a new cookie) is still signed in; the other one is not.
    const current = /claimcheck\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0] ?? laptop;
    expect((await (await getSession(current)).json())?.user?.id).toBe(person.id);
    expect(await (await getSession(phone)).json()).toBeNull();
    expect((await eventsOf("person.password_changed")).some((row) => row.actorId === person.id)).toBe(true);
    await signIn(person.email, "a brand new passphrase 7");
  });

  it("even when the request asks to keep the other sessions", async () => {
    const person = await makePerson();
    const laptop = await signIn(person.email);
    const phone = await signIn(person.email);
    const response = await post("/change-password", laptop, { currentPassword: PASSWORD, newPassword: "another fine passphrase 9", revokeOtherSessions: false });
    expect(response.status).toBe(200);
    expect(await (await getSession(phone)).json()).toBeNull();
  });

  it("a wrong current password changes nothing", async () => {
    const person = await makePerson();
    const cookie = await signIn(person.email);
    const response = await post("/change-password", cookie, { currentPassword: "not my password", newPassword: "a brand new passphrase 8" });
    expect(response.status).toBe(400);
    await signIn(person.email, PASSWORD);
  });
});

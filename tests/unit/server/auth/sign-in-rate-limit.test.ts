import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/server/auth/auth";
import { makePersonWithToken } from "../../support/people";
import { makeTestDatabase } from "../../support/test-database";

let database: ReturnType<typeof makeTestDatabase>;
let auth: ReturnType<typeof createAuth>;
let email: string;

beforeAll(async () => {
  database = makeTestDatabase();
  auth = createAuth(database.db, { databaseUrl: database.url });
  const person = await makePersonWithToken(database.db, "reviewer");
  email = (database.db.$client.prepare("select email from user where id = ?").get(person.id) as { email: string }).email;
});
afterAll(() => database.cleanup());

function signIn(password: string, ip: string): Promise<Response> {
  return auth.handler(
    new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("sign-in", () => {
  it("accepts the right password with an HTTP-only session cookie", async () => {
    const response = await signIn("correct horse battery", "203.0.113.1");
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/claimcheck\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("limits attempts per client: the sixth in a minute is refused with 429, even with the right password", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn("wrong password", "203.0.113.7")).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await signIn("correct horse battery", "203.0.113.7");
    expect(blocked.status).toBe(429);
    // Another client is not affected.
    expect((await signIn("correct horse battery", "203.0.113.8")).status).toBe(200);
  });
});

import { and, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tablesOf } from "@/db/executor";
import { createAuth } from "@/server/auth/auth";
import { makePersonWithToken } from "../../support/people";
import { makeTestDatabase, sqlRows, type TestDatabase } from "../../support/test-database";

// better-auth's sessions keep their instants as ISO text (isoInstant): better-auth hands Dates to
// drizzle, in values and in where clauses, and drizzle must turn each into the same text, or an
// expired session would be taken for a live one (or the reverse). On both engines.

const ORIGIN = "http://localhost:3000";
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
let database: TestDatabase;
let auth: ReturnType<typeof createAuth>;

beforeAll(async () => {
  database = await makeTestDatabase();
  auth = createAuth(database.db, { databaseUrl: database.url });
});
afterAll(async () => database.cleanup());

async function signIn(email: string): Promise<{ cookie: string; token: string }> {
  const response = await auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ email, password: "correct horse battery" }),
    }),
  );
  expect(response.status).toBe(200);
  const cookie = /claimcheck\.session_token=[^;]+/.exec(response.headers.get("set-cookie") ?? "")![0];
  const { token } = (await response.json()) as { token: string };
  return { cookie, token };
}

async function sessionOf(cookie: string): Promise<{ session: { expiresAt: string } } | null> {
  const response = await auth.handler(new Request(`${ORIGIN}/api/auth/get-session`, { headers: { cookie, origin: ORIGIN } }));
  expect(response.status).toBe(200);
  return (await response.json()) as { session: { expiresAt: string } } | null;
}

async function personWithEmail(): Promise<{ id: string; email: string }> {
  const person = await makePersonWithToken(database.db, "reviewer", "Eli Expiry");
  const [{ email }] = await sqlRows<{ email: string }>(database.db, 'select email from "user" where id = ?', [person.id]);
  return { id: person.id, email };
}

const expireSession = (token: string, at: Date) => sqlRows(database.db, "update session set expires_at = ? where token = ?", [at.toISOString(), token]);

describe("sessions stored as ISO text", { timeout: 30_000 }, () => {
  it("are written as ISO-8601 UTC text with milliseconds, the defaults included", async () => {
    const person = await personWithEmail();
    const { token } = await signIn(person.email);
    const [row] = await sqlRows<Record<string, unknown>>(database.db, "select expires_at, created_at, updated_at from session where token = ?", [token]);
    for (const value of Object.values(row)) expect(value).toMatch(ISO);
    // A week from now, as configured: read back as the instant it was written.
    expect(Date.parse(row.expires_at as string) - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000);

    await sqlRows(database.db, "insert into verification (id, identifier, value, expires_at) values ('v-default', 'x', 'y', ?)", [new Date().toISOString()]);
    const [verification] = await sqlRows<Record<string, unknown>>(database.db, "select created_at, updated_at from verification where id = 'v-default'");
    for (const value of Object.values(verification)) expect(value).toMatch(ISO);
  });

  it("accept a live session and refuse one that has expired", async () => {
    const person = await personWithEmail();
    const live = await signIn(person.email);
    const expired = await signIn(person.email);

    expect((await sessionOf(live.cookie))?.session).toBeTruthy();
    expect((await sessionOf(expired.cookie))?.session).toBeTruthy();

    await expireSession(expired.token, new Date(Date.now() - 1_000));
    expect(await sessionOf(expired.cookie)).toBeNull();
    const stillLive = await sessionOf(live.cookie);
    expect(new Date(stillLive!.session.expiresAt).getTime()).toBeGreaterThan(Date.now());
  });

  it("compare instants in where clauses: better-auth's adapter and drizzle bind Dates as ISO text", async () => {
    const person = await personWithEmail();
    const live = await signIn(person.email);
    const expired = await signIn(person.email);
    // A millisecond either side of now, so a comparison of the wrong kind (text against a number,
    // seconds against milliseconds) would not land on the same answer by chance.
    await expireSession(expired.token, new Date(Date.now() - 1));
    await expireSession(live.token, new Date(Date.now() + 60_000));

    const context = await auth.$context;
    const active = await context.internalAdapter.listSessions(person.id, { onlyActiveSessions: true });
    expect(active.map((session) => session.token)).toEqual([live.token]);
    expect(active[0].expiresAt).toBeInstanceOf(Date);

    const { session } = tablesOf(database.db);
    const query = database.db.select({ token: session.token }).from(session).where(and(eq(session.userId, person.id), gt(session.expiresAt, new Date())));
    expect(query.toSQL().params.some((param) => typeof param === "string" && ISO.test(param))).toBe(true);
    expect((await query).map((row) => row.token)).toEqual([live.token]);
  });
});

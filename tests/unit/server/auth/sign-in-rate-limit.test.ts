import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "@/server/auth/auth";
import { PEER_ADDRESS_HEADER_KEY } from "@/server/auth/client-address";
import { makePersonWithToken } from "../../support/people";
import { makeTestDatabase, type TestDatabase } from "../../support/test-database";
import { sqlRows } from "../../support/test-database";

// What the server's start script does for real: the socket's address travels in a header whose
// name only the server process knows.
const PEER_HEADER = "x-test-peer-address";
(globalThis as Record<symbol, unknown>)[PEER_ADDRESS_HEADER_KEY] = PEER_HEADER;

const PASSWORD = "correct horse battery";
let database: TestDatabase;

beforeAll(async () => {
  database = await makeTestDatabase();
});
afterAll(async () => database.cleanup());

async function makePerson(): Promise<string> {
  const person = await makePersonWithToken(database.db, "reviewer");
  return ((await sqlRows(database.db, "select email from \"user\" where id = ?", [person.id]))[0] as { email: string }).email;
}

type Auth = ReturnType<typeof createAuth>;

function signIn(auth: Auth, { email, password, peer, forwardedFor }: { email: string; password: string; peer?: string; forwardedFor?: string }): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json", origin: "http://localhost:3000" };
  if (peer) headers[PEER_HEADER] = peer;
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
  return auth.handler(new Request("http://localhost:3000/api/auth/sign-in/email", { method: "POST", headers, body: JSON.stringify({ email, password }) }));
}

const freshAuth = (trustedProxies = "") => createAuth(database.db, { databaseUrl: database.url, trustedProxies });

describe("sign-in", () => {
  it("accepts the right password with an HTTP-only session cookie", async () => {
    const response = await signIn(freshAuth(), { email: await makePerson(), password: PASSWORD, peer: "203.0.113.1" });
    expect(response.status).toBe(200);
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/claimcheck\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });
});

// Every attempt runs the password hash (~0.2 s on this kind of machine; seconds when the machine
// is busy), also for unknown emails.
describe("sign-in throttling", { timeout: 90_000 }, () => {
  it("6 wrong passwords for one account lock that account only; another account from the same address still signs in", async () => {
    const auth = freshAuth();
    const [target, other] = [await makePerson(), await makePerson()];
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(auth, { email: target, password: "wrong password", peer: "203.0.113.7" })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const blocked = await signIn(auth, { email: target, password: PASSWORD, peer: "203.0.113.7" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    const body = await blocked.json();
    expect(body.error.code).toBe("rate_limited");
    // The account is locked from everywhere, whatever the address…
    expect((await signIn(auth, { email: target, password: PASSWORD, peer: "198.51.100.9" })).status).toBe(429);
    // …but the same address may still sign someone else in.
    expect((await signIn(auth, { email: other, password: PASSWORD, peer: "203.0.113.7" })).status).toBe(200);
  });

  it("the account is the normalised email: case and spaces do not make a new bucket", async () => {
    const auth = freshAuth();
    const email = await makePerson();
    const variants = [email, email.toUpperCase(), ` ${email}`, `${email} `, email.replace(/^./, (c) => c.toUpperCase())];
    for (const variant of variants) await signIn(auth, { email: variant, password: "wrong password", peer: "203.0.113.20" });
    expect((await signIn(auth, { email, password: PASSWORD, peer: "203.0.113.21" })).status).toBe(429);
  });

  it("a fresh X-Forwarded-For per try does not bypass the limit when no proxy is trusted", async () => {
    const auth = freshAuth();
    const email = await makePerson();
    for (let i = 0; i < 5; i++) {
      expect((await signIn(auth, { email, password: "wrong password", peer: "203.0.113.30", forwardedFor: `192.0.2.${i + 1}` })).status).toBe(401);
    }
    expect((await signIn(auth, { email, password: PASSWORD, peer: "203.0.113.30", forwardedFor: "192.0.2.99" })).status).toBe(429);
  });

  it("limits one address trying many accounts, and not the other addresses", async () => {
    const auth = freshAuth();
    const email = await makePerson();
    for (let i = 0; i < 20; i++) {
      expect((await signIn(auth, { email: `nobody-${i}@example.org`, password: "wrong password", peer: "203.0.113.40" })).status).toBe(401);
    }
    expect((await signIn(auth, { email, password: PASSWORD, peer: "203.0.113.40" })).status).toBe(429);
    expect((await signIn(auth, { email, password: PASSWORD, peer: "203.0.113.41" })).status).toBe(200);
  });

  it("without a trusted proxy, forwarded headers cannot make one address look like many", async () => {
    const auth = freshAuth();
    for (let i = 0; i < 20; i++) await signIn(auth, { email: `nobody-${i}@example.org`, password: "wrong password", peer: "203.0.113.50", forwardedFor: `192.0.2.${i + 1}` });
    expect((await signIn(auth, { email: await makePerson(), password: PASSWORD, peer: "203.0.113.50", forwardedFor: "192.0.2.200" })).status).toBe(429);
  });

  it("behind a trusted proxy, each client behind it has its own address bucket", async () => {
    const auth = freshAuth("10.0.0.1");
    for (let i = 0; i < 20; i++) await signIn(auth, { email: `nobody-${i}@example.org`, password: "wrong password", peer: "10.0.0.1", forwardedFor: "198.51.100.60" });
    const email = await makePerson();
    // A client that puts a fake address in front still ends up under its real one (right-most).
    expect((await signIn(auth, { email, password: PASSWORD, peer: "10.0.0.1", forwardedFor: "192.0.2.1, 198.51.100.60" })).status).toBe(429);
    expect((await signIn(auth, { email, password: PASSWORD, peer: "10.0.0.1", forwardedFor: "198.51.100.61" })).status).toBe(200);
  });

  it("successful sign-ins do not count: many people signing in from one address are never refused", async () => {
    const auth = freshAuth();
    const email = await makePerson();
    for (let i = 0; i < 25; i++) {
      expect((await signIn(auth, { email, password: PASSWORD, peer: "127.0.0.1" })).status).toBe(200);
    }
  });

  it("concurrent wrong guesses cannot slip past the limit", async () => {
    const auth = freshAuth();
    const email = await makePerson();
    const answers = await Promise.all(Array.from({ length: 12 }, async () => signIn(auth, { email, password: "wrong password", peer: "203.0.113.70" })));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(7);
  });

  it("counts across nodes: attempts on two app nodes sharing the database fill one bucket", async () => {
    // Two services on one database, as two nodes behind a load balancer; addresses differ so only the account counts.
    const [nodeA, nodeB] = [freshAuth(), freshAuth()];
    const target = await makePerson();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(i % 2 === 0 ? nodeA : nodeB, { email: target, password: "wrong password", peer: `198.51.100.${30 + i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    expect((await signIn(nodeB, { email: target, password: PASSWORD, peer: "198.51.100.40" })).status).toBe(429);
    expect((await signIn(nodeA, { email: target, password: PASSWORD, peer: "198.51.100.41" })).status).toBe(429);
  });

  it("a hostile or absurd email is refused cleanly, never a 500", async () => {
    const auth = freshAuth();
    for (const email of ["x".repeat(100_000) + "@example.org", "\u0000@example.org", "<script>@example.org"]) {
      const response = await signIn(auth, { email, password: "wrong password", peer: "203.0.113.80" });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
  });
});

import { verifyPassword } from "better-auth/crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/app-error";
import { changeRole } from "@/server/people/change-role";
import { createFirstAdmin, needsSetup } from "@/server/people/create-first-admin";
import { createPerson } from "@/server/people/create-person";
import { listPeople } from "@/server/people/list-people";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { json, sessionTimes, sqlRows } from "../support/test-database";

let database: TestDatabase;
beforeEach(async () => {
  database = await makeTestDatabase();
});
afterEach(async () => database.cleanup());

async function rejects(run: () => Promise<unknown> | unknown, code: string) {
  await expect(Promise.resolve().then(run)).rejects.toSatisfy((error) => error instanceof AppError && error.code === code);
}

describe("first admin", () => {
  it("is created once, with a scrypt hash of the password, and then setup closes", async () => {
    const anonymous = makeContext(database.db, { role: null });
    expect(await needsSetup(anonymous)).toBe(true);
    const admin = await createFirstAdmin(anonymous, { name: "Edith Editor", email: "edith@example.org", password: "a long passphrase" });
    expect(admin.role).toBe("admin");
    expect(await needsSetup(anonymous)).toBe(false);
    const { password } = (await sqlRows(database.db, "select password from account where user_id = ?", [admin.id]))[0] as { password: string };
    expect(password).not.toContain("a long passphrase");
    expect(await verifyPassword({ hash: password, password: "a long passphrase" })).toBe(true);

    const before = await countRows(database.db);
    await rejects(async () => createFirstAdmin(anonymous, { name: "Mallory", email: "m@example.org", password: "another passphrase" }), "forbidden");
    expect(await countRows(database.db)).toEqual(before);
  });
});

describe("first admin, asked for by many at once", () => {
  it("has exactly one winner; the others are refused and nothing else is written", async () => {
    const anonymous = makeContext(database.db, { role: null });
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => createFirstAdmin(anonymous, { name: `Candidate ${i}`, email: `candidate${i}@example.org`, password: "a long passphrase" })),
    );
    const won = attempts.filter((attempt) => attempt.status === "fulfilled");
    const refused = attempts.flatMap((attempt) => (attempt.status === "rejected" ? [attempt.reason] : []));
    expect(won).toHaveLength(1);
    expect(refused.map((error) => (error instanceof AppError ? error.code : String(error)))).toEqual(Array(9).fill("forbidden"));
    expect((await countRows(database.db)).user).toBe(1);
  });
});

describe("people", () => {
  it("only admins list and add people; others get 403 and nothing is written", async () => {
    const before = await countRows(database.db);
    for (const role of ["journalist", "reviewer", "viewer"] as const) {
      const ctx = makeContext(database.db, { role });
      await rejects(async () => createPerson(ctx, { name: "X", email: "x@example.org", role: "admin" }), "forbidden");
      await rejects(async () => listPeople(ctx), "forbidden");
    }
    await rejects(async () => listPeople(makeContext(database.db, { role: null })), "unauthenticated");
    expect(await countRows(database.db)).toEqual(before);
  });

  it("adds a person with a generated password shown once, and refuses a duplicate email", async () => {
    const admin = makeContext(database.db);
    const { person, generatedPassword } = await createPerson(admin, { name: "Rita", email: "rita@example.org", role: "reviewer" });
    expect(person).toMatchObject({ name: "Rita", email: "rita@example.org", role: "reviewer" });
    expect(generatedPassword).toMatch(/^[\w-]{16}$/);
    await rejects(async () => createPerson(admin, { name: "Rita 2", email: "rita@example.org", role: "viewer" }), "conflict");
    expect((await listPeople(admin)).map((p) => p.email)).toEqual(["rita@example.org"]);
    const events = (await sqlRows(database.db, "select type, actor_id from events"));
    expect(events).toEqual([{ type: "person.created", actor_id: "test-admin" }]);
  });

  it("changes roles, logs it, and never demotes the last admin", async () => {
    const anonymous = makeContext(database.db, { role: null });
    const first = await createFirstAdmin(anonymous, { name: "Edith", email: "edith@example.org", password: "a long passphrase" });
    const admin = { ...makeContext(database.db), actor: { id: first.id, name: first.name, role: "admin" as const } };
    await rejects(async () => changeRole(admin, { userId: first.id, role: "viewer" }), "conflict");
    const { person } = await createPerson(admin, { name: "Jo", email: "jo@example.org", role: "viewer" });
    expect((await changeRole(admin, { userId: person.id, role: "admin" })).role).toBe("admin");
    expect((await changeRole(admin, { userId: first.id, role: "journalist" })).role).toBe("journalist");
    await rejects(async () => changeRole(admin, { userId: "nobody", role: "viewer" }), "not_found");
    const changes = await sqlRows<{ after: unknown }>(database.db, "select after from events where type = 'person.role_changed' order by id");
    expect(changes.map((c) => json<{ role: string }>(c.after).role)).toEqual(["admin", "journalist"]);
  });
});

describe("setPassword", () => {
  it("replaces the hash, ends the person's sessions, and is for admins only", async () => {
    const { setPassword } = await import("@/server/people/set-password");
    const admin = makeContext(database.db);
    const { person } = await createPerson(admin, { name: "Rita", email: "rita@example.org", role: "reviewer", password: "first passphrase" });
    (await sqlRows(database.db, "insert into session (id, expires_at, token, user_id, created_at, updated_at) values ('s1', ?, 't1', ?, ?, ?)", sessionTimes(person.id)));
    await rejects(async () => setPassword(makeContext(database.db, { role: "reviewer" }), { userId: person.id, password: "second passphrase" }), "forbidden");
    await setPassword(admin, { userId: person.id, password: "second passphrase" });
    const { password } = (await sqlRows(database.db, "select password from account where user_id = ?", [person.id]))[0] as { password: string };
    expect(await verifyPassword({ hash: password, password: "second passphrase" })).toBe(true);
    expect(Number((await sqlRows<{ n: unknown }>(database.db, "select count(*) as n from session"))[0].n)).toBe(0);
    await rejects(async () => setPassword(admin, { userId: "nobody", password: "third passphrase" }), "not_found");
  });
});

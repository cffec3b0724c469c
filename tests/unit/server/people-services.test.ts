import { verifyPassword } from "better-auth/crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/app-error";
import { changeRole } from "@/server/people/change-role";
import { createFirstAdmin, needsSetup } from "@/server/people/create-first-admin";
import { createPerson } from "@/server/people/create-person";
import { listPeople } from "@/server/people/list-people";
import { countRows, makeContext, makeTestDatabase } from "../support/test-database";

let database: ReturnType<typeof makeTestDatabase>;
beforeEach(() => {
  database = makeTestDatabase();
});
afterEach(() => database.cleanup());

async function rejects(run: () => Promise<unknown> | unknown, code: string) {
  await expect(Promise.resolve().then(run)).rejects.toSatisfy((error) => error instanceof AppError && error.code === code);
}

describe("first admin", () => {
  it("is created once, with a scrypt hash of the password, and then setup closes", async () => {
    const anonymous = makeContext(database.db, { role: null });
    expect(needsSetup(anonymous)).toBe(true);
    const admin = await createFirstAdmin(anonymous, { name: "Edith Editor", email: "edith@example.org", password: "a long passphrase" });
    expect(admin.role).toBe("admin");
    expect(needsSetup(anonymous)).toBe(false);
    const { password } = database.db.$client.prepare("select password from account where user_id = ?").get(admin.id) as { password: string };
    expect(password).not.toContain("a long passphrase");
    expect(await verifyPassword({ hash: password, password: "a long passphrase" })).toBe(true);

    const before = countRows(database.db);
    await rejects(() => createFirstAdmin(anonymous, { name: "Mallory", email: "m@example.org", password: "another passphrase" }), "forbidden");
    expect(countRows(database.db)).toEqual(before);
  });
});

describe("people", () => {
  it("only admins list and add people; others get 403 and nothing is written", async () => {
    const before = countRows(database.db);
    for (const role of ["journalist", "reviewer", "viewer"] as const) {
      const ctx = makeContext(database.db, { role });
      await rejects(() => createPerson(ctx, { name: "X", email: "x@example.org", role: "admin" }), "forbidden");
      await rejects(() => listPeople(ctx), "forbidden");
    }
    await rejects(() => listPeople(makeContext(database.db, { role: null })), "unauthenticated");
    expect(countRows(database.db)).toEqual(before);
  });

  it("adds a person with a generated password shown once, and refuses a duplicate email", async () => {
    const admin = makeContext(database.db);
    const { person, generatedPassword } = await createPerson(admin, { name: "Rita", email: "rita@example.org", role: "reviewer" });
    expect(person).toMatchObject({ name: "Rita", email: "rita@example.org", role: "reviewer" });
    expect(generatedPassword).toMatch(/^[\w-]{16}$/);
    await rejects(() => createPerson(admin, { name: "Rita 2", email: "rita@example.org", role: "viewer" }), "conflict");
    expect(listPeople(admin).map((p) => p.email)).toEqual(["rita@example.org"]);
    const events = database.db.$client.prepare("select type, actor_id from events").all();
    expect(events).toEqual([{ type: "person.created", actor_id: "test-admin" }]);
  });

  it("changes roles, logs it, and never demotes the last admin", async () => {
    const anonymous = makeContext(database.db, { role: null });
    const first = await createFirstAdmin(anonymous, { name: "Edith", email: "edith@example.org", password: "a long passphrase" });
    const admin = { ...makeContext(database.db), actor: { id: first.id, name: first.name, role: "admin" as const } };
    await rejects(() => changeRole(admin, { userId: first.id, role: "viewer" }), "conflict");
    const { person } = await createPerson(admin, { name: "Jo", email: "jo@example.org", role: "viewer" });
    expect(changeRole(admin, { userId: person.id, role: "admin" }).role).toBe("admin");
    expect(changeRole(admin, { userId: first.id, role: "journalist" }).role).toBe("journalist");
    await rejects(() => changeRole(admin, { userId: "nobody", role: "viewer" }), "not_found");
    const changes = database.db.$client.prepare("select after from events where type = 'person.role_changed'").all() as { after: string }[];
    expect(changes.map((c) => JSON.parse(c.after).role)).toEqual(["admin", "journalist"]);
  });
});

describe("setPassword", () => {
  it("replaces the hash, ends the person's sessions, and is for admins only", async () => {
    const { setPassword } = await import("@/server/people/set-password");
    const admin = makeContext(database.db);
    const { person } = await createPerson(admin, { name: "Rita", email: "rita@example.org", role: "reviewer", password: "first passphrase" });
    database.db.$client.prepare("insert into session (id, expires_at, token, user_id) values ('s1', 0, 't1', ?)").run(person.id);
    await rejects(() => setPassword(makeContext(database.db, { role: "reviewer" }), { userId: person.id, password: "second passphrase" }), "forbidden");
    await setPassword(admin, { userId: person.id, password: "second passphrase" });
    const { password } = database.db.$client.prepare("select password from account where user_id = ?").get(person.id) as { password: string };
    expect(await verifyPassword({ hash: password, password: "second passphrase" })).toBe(true);
    expect(database.db.$client.prepare("select count(*) as n from session").get()).toEqual({ n: 0 });
    await rejects(() => setPassword(admin, { userId: "nobody", password: "third passphrase" }), "not_found");
  });
});

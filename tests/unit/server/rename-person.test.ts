import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZRenamePerson } from "@/lib/api/people-schemas";
import { createPerson } from "@/server/people/create-person";
import { renamePerson } from "@/server/people/rename-person";
import { expectAppError } from "../support/expect-app-error";
import { countRows, makeContext, makeTestDatabase, type TestDatabase } from "../support/test-database";
import { json, sqlRows } from "../support/test-database";

let database: TestDatabase;
beforeEach(async () => {
  database = await makeTestDatabase();
});
afterEach(async () => database.cleanup());

async function addPerson(name: string, role: "reviewer" | "viewer" = "reviewer") {
  const { person } = await createPerson(makeContext(database.db), { name, email: `${name.split(" ")[0].toLowerCase()}@example.org`, role, password: "a long passphrase" });
  return person;
}

const renamedEvents = async () =>
  (await sqlRows<{ actorId: string; before: unknown; after: unknown }>(database.db, "select actor_id as \"actorId\", before, after from events where type = 'person.renamed' order by id")).map((row) => ({ ...row, before: json(row.before), after: json(row.after) }));

describe("renamePerson", () => {
  it("a person renames themselves; the event keeps both names", async () => {
    const rita = await addPerson("Rita Reviewer");
    const ctx = { ...makeContext(database.db), actor: { id: rita.id, name: rita.name, role: "reviewer" as const } };
    expect((await renamePerson(ctx, ZRenamePerson.parse({ userId: rita.id, name: " Rita  Q. " }))).name).toBe("Rita Q.");
    expect(await renamedEvents()).toEqual([{ actorId: rita.id, before: { userId: rita.id, name: "Rita Reviewer" }, after: { userId: rita.id, name: "Rita Q." } }]);
  });

  it("the same name again changes nothing and writes no event", async () => {
    const rita = await addPerson("Rita Reviewer");
    const before = await countRows(database.db);
    await renamePerson(makeContext(database.db), { userId: rita.id, name: "Rita Reviewer" });
    expect(await countRows(database.db)).toEqual(before);
  });

  it("only an admin renames someone else; nobody signed in renames no one", async () => {
    const rita = await addPerson("Rita Reviewer");
    const victor = await addPerson("Victor Viewer", "viewer");
    const before = await countRows(database.db);
    const asVictor = { ...makeContext(database.db), actor: { id: victor.id, name: victor.name, role: "viewer" as const } };
    await expectAppError(async () => renamePerson(asVictor, { userId: rita.id, name: "Admin" }), "forbidden");
    await expectAppError(async () => renamePerson(makeContext(database.db, { role: null }), { userId: rita.id, name: "Admin" }), "unauthenticated");
    expect(await countRows(database.db)).toEqual(before);
    await renamePerson(makeContext(database.db), { userId: rita.id, name: "Rita M." });
    expect(await renamedEvents()).toHaveLength(1);
    await expectAppError(async () => renamePerson(makeContext(database.db), { userId: "nobody", name: "X" }), "not_found");
  });
});

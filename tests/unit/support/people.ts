import type { Db } from "@/db/client";
import type { Role } from "@/lib/auth/permissions";
import { createPerson } from "@/server/people/create-person";
import { createToken } from "@/server/tokens/create-token";
import { SYSTEM_ACTOR } from "@/server/context";

/** A person of `role` with a personal API token, created through the services. */
export async function makePersonWithToken(db: Db, role: Role, name = `Ana ${role}`): Promise<{ id: string; name: string; token: string; tokenId: number }> {
  const now = () => new Date();
  const { person } = await createPerson({ db, actor: SYSTEM_ACTOR, now }, { name, email: `${role}-${Math.random().toString(36).slice(2)}@example.org`, role, password: "correct horse battery" });
  const { token, record } = await createToken({ db, actor: { id: person.id, name: person.name, role }, now }, { name: "tests" });
  return { id: person.id, name: person.name, token, tokenId: record.id };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

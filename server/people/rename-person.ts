import "server-only";
import { insertEvent } from "@/db/queries/events";
import { findUserById, updateUserName } from "@/db/queries/people";
import type { Person } from "@/lib/api/dto";
import type { TRenamePerson } from "@/lib/api/people-schemas";
import { AppError } from "@/lib/api/app-error";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toPerson } from "./to-person-dto";

/**
 * Someone's new name (already cleaned by ZPersonName): anyone may rename themselves, an admin may
 * rename anyone. The change is a `person.renamed` event with both names, so history can always
 * say who was called what.
 */
export async function renamePerson(ctx: ServiceContext, input: TRenamePerson): Promise<Person> {
  if (!ctx.actor) throw new AppError("unauthenticated", "Sign in, or send an API token as Authorization: Bearer <token>.");
  const actor = ctx.actor.id === input.userId ? ctx.actor : authorize(ctx, "people.manage");
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await findUserById(tx, input.userId);
    if (!current) throw new AppError("not_found", `No person with id ${input.userId}.`);
    if (current.name === input.name) return current;
    const updated = (await updateUserName(tx, { id: current.id, name: input.name, now }))!;
    await insertEvent(tx, {
      actorId: actor.id,
      type: "person.renamed",
      before: { userId: current.id, name: current.name },
      after: { userId: current.id, name: input.name },
      createdAt: now.toISOString(),
    });
    return updated;
  });
  return toPerson(row);
}

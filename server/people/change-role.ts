import "server-only";
import { insertEvent } from "@/db/queries/events";
import { countUsersWithRole, findUserById, updateUserRole } from "@/db/queries/people";
import type { Person } from "@/lib/api/dto";
import type { TChangeRole } from "@/lib/api/people-schemas";
import { AppError } from "@/lib/api/app-error";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toPerson } from "./to-person-dto";

/** An admin changes someone's role. The last admin cannot be demoted: someone must manage people. */
export async function changeRole(ctx: ServiceContext, input: TChangeRole): Promise<Person> {
  const actor = authorize(ctx, "people.manage");
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const current = await findUserById(tx, input.userId);
    if (!current) throw new AppError("not_found", `No person with id ${input.userId}.`);
    if (current.role === input.role) return current;
    if (current.role === "admin" && await countUsersWithRole(tx, "admin") === 1) {
      throw new AppError("conflict", "This is the last admin; make someone else admin first.", { fields: { role: "the last admin keeps the admin role" } });
    }
    const updated = (await updateUserRole(tx, { id: current.id, role: input.role, now }))!;
    await insertEvent(tx, { actorId: actor.id, type: "person.role_changed", before: { userId: current.id, role: current.role }, after: { userId: current.id, role: input.role }, createdAt: now.toISOString() });
    return updated;
  });
  return toPerson(row);
}

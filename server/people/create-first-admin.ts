import "server-only";
import { countUsers } from "@/db/queries/people";
import type { Person } from "@/lib/api/dto";
import type { TFirstAdmin } from "@/lib/api/people-schemas";
import { AppError } from "@/lib/api/app-error";
import type { ServiceContext } from "../context";
import { insertPerson } from "./insert-person";
import { toPerson } from "./to-person-dto";

/** True while nobody has an account: the one-time setup page is open. */
export async function needsSetup(ctx: ServiceContext): Promise<boolean> {
  return await countUsers(ctx.db) === 0;
}

/**
 * Creates the first admin, only while the database has no people at all (checked inside the
 * write transaction, so two racing setup forms cannot both succeed).
 */
export async function createFirstAdmin(ctx: ServiceContext, input: TFirstAdmin): Promise<Person> {
  const row = await insertPerson(ctx, { ...input, role: "admin" }, async (tx) => {
    if (await countUsers(tx) > 0) throw new AppError("forbidden", "Setup is already done: ask an admin for an account.");
  });
  return toPerson(row);
}

import "server-only";
import crypto from "node:crypto";
import type { Person } from "@/lib/api/dto";
import type { TCreatePerson } from "@/lib/api/people-schemas";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { insertPerson } from "./insert-person";
import { toPerson } from "./to-person-dto";

/**
 * An admin adds a person with a role. Without a password, a random one is generated and returned
 * once, for the admin to hand over.
 */
export async function createPerson(ctx: ServiceContext, input: TCreatePerson): Promise<{ person: Person; generatedPassword: string | null }> {
  authorize(ctx, "people.manage");
  const generatedPassword = input.password ? null : crypto.randomBytes(12).toString("base64url");
  const row = await insertPerson(ctx, { ...input, password: input.password ?? generatedPassword! });
  return { person: toPerson(row), generatedPassword };
}

import "server-only";
import crypto from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { insertEvent } from "@/db/queries/events";
import { lockWithinTransaction } from "@/db/queries/locks";
import { findUserByEmail, insertUserWithPassword } from "@/db/queries/people";
import type { Executor } from "@/db/executor";
import type { UserRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";
import type { Role } from "@/lib/auth/permissions";
import type { ServiceContext } from "../context";

/**
 * Hashes the password (better-auth's scrypt, so it can verify it at sign-in) and then writes the
 * person, their credential and the event in one transaction. `guard` runs inside that transaction
 * for checks that must hold at the moment of writing.
 */
export async function insertPerson(
  ctx: ServiceContext,
  input: { name: string; email: string; role: Role; password: string },
  guard: (tx: Executor) => Promise<void> | void = () => {},
): Promise<UserRow> {
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    // People are created one at a time across nodes: the email check and the first-admin guard
    // below must still hold when the row is written.
    await lockWithinTransaction(tx, "people");
    await guard(tx);
    if (await findUserByEmail(tx, input.email)) {
      throw new AppError("conflict", `Someone with the email ${input.email} already exists.`, { fields: { email: "already in use" } });
    }
    const row = await insertUserWithPassword(tx, { id: crypto.randomUUID(), name: input.name, email: input.email, role: input.role, passwordHash, now });
    await insertEvent(tx, {
      actorId: ctx.actor?.id ?? row.id,
      type: "person.created",
      after: { userId: row.id, name: row.name, email: row.email, role: row.role },
      createdAt: now.toISOString(),
    });
    return row;
  });
}

import "server-only";
import { hashPassword } from "better-auth/crypto";
import { insertEvent } from "@/db/queries/events";
import { findUserById, replacePasswordAndEndSessions } from "@/db/queries/people";
import type { TSetPassword } from "@/lib/api/people-schemas";
import { AppError } from "@/lib/api/app-error";
import { checkPassword, PASSWORD_PROBLEMS, personalWords } from "@/lib/auth/password-policy";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";

/**
 * An admin (or the operator's CLI) sets a new password for someone, e.g. one they forgot. Their
 * open sessions end, so whoever may have known the old password is signed out.
 */
export async function setPassword(ctx: ServiceContext, input: TSetPassword): Promise<void> {
  const actor = authorize(ctx, "people.manage");
  // The schema checked the password alone; a password built on this person's name or email is refused too.
  const person = await findUserById(ctx.db, input.userId);
  const checked = person ? checkPassword(input.password, personalWords(person)) : { ok: true as const };
  if (!checked.ok) throw new AppError("invalid_input", `The ${PASSWORD_PROBLEMS[checked.problem]}.`, { fields: { password: PASSWORD_PROBLEMS[checked.problem] } });
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!await findUserById(tx, input.userId)) throw new AppError("not_found", `No person with id ${input.userId}.`);
    if (!await replacePasswordAndEndSessions(tx, { userId: input.userId, passwordHash, now })) {
      throw new AppError("conflict", "This person has no password sign-in to reset.");
    }
    await insertEvent(tx, { actorId: actor.id, type: "person.password_set", after: { userId: input.userId }, createdAt: now.toISOString() });
  });
}

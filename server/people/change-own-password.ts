import "server-only";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { insertEvent } from "@/db/queries/events";
import { findPasswordHash, findUserById, replacePasswordAndEndSessions } from "@/db/queries/people";
import { AppError } from "@/lib/api/app-error";
import { checkPassword, PASSWORD_PROBLEMS, personalWords } from "@/lib/auth/password-policy";
import type { ServiceContext } from "../context";

/**
 * A signed-in person changes their own password: the current one must be right, the new one must
 * pass the password policy (their name and email included), and every other session of theirs
 * ends (whoever knew the old password is signed out); `sessionId`, the one they are using, stays.
 */
export async function changeOwnPassword(ctx: ServiceContext, input: { currentPassword: string; newPassword: string; sessionId?: string }): Promise<void> {
  if (!ctx.actor) throw new AppError("unauthenticated", "Sign in to change your password.");
  const person = await findUserById(ctx.db, ctx.actor.id);
  const storedHash = await findPasswordHash(ctx.db, ctx.actor.id);
  if (!person || !storedHash) throw new AppError("conflict", "This account has no password sign-in.");
  const checked = checkPassword(input.newPassword, personalWords(person));
  if (!checked.ok) throw new AppError("invalid_input", `The new ${PASSWORD_PROBLEMS[checked.problem]}.`, { fields: { newPassword: PASSWORD_PROBLEMS[checked.problem] } });
  if (input.currentPassword.length > 256 || !(await verifyPassword({ hash: storedHash, password: input.currentPassword }))) {
    throw new AppError("invalid_input", "The current password is not right.", { fields: { currentPassword: "not right" } });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    await replacePasswordAndEndSessions(tx, { userId: person.id, passwordHash, now, keepSessionId: input.sessionId });
    await insertEvent(tx, { actorId: person.id, type: "person.password_changed", after: { userId: person.id }, createdAt: now.toISOString() });
  });
}

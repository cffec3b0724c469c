import "server-only";
import { getSessionFromCtx } from "better-auth/api";
import { z } from "zod";
import type { Db } from "@/db/client";
import { ZPersonName } from "@/lib/api/people-schemas";
import { checkPassword, PASSWORD_PROBLEMS } from "@/lib/auth/password-policy";
import { isRole } from "@/lib/auth/permissions";
import type { Actor } from "../context";
import { changeOwnPassword } from "../people/change-own-password";
import { renamePerson } from "../people/rename-person";
import { authError, toAuthError } from "./auth-error";

// The only thing a person may change about themselves through better-auth: their name.
const ZUpdateUserBody = z.object({ name: ZPersonName }).strict();
const ZChangePasswordBody = z
  .object({ currentPassword: z.string().max(1024), newPassword: z.string().max(1024), revokeOtherSessions: z.boolean().optional() })
  .strict();

type HookContext = Parameters<typeof getSessionFromCtx>[0];

async function signedInActor(ctx: HookContext): Promise<{ actor: Actor; sessionId: string }> {
  const session = await getSessionFromCtx(ctx);
  if (!session) throw authError("unauthenticated", "Sign in first.");
  const role = (session.user as { role?: unknown }).role;
  return { actor: { id: session.user.id, name: session.user.name, role: isRole(role) ? role : "viewer" }, sessionId: session.session.id };
}

/**
 * better-auth's POST /update-user, answered by our rename service instead: the name follows the
 * app's rule and the change is an event, in one transaction. Nothing else may be changed.
 */
export async function updateUserThroughApp(ctx: HookContext, db: Db): Promise<{ status: true }> {
  try {
    const { actor } = await signedInActor(ctx);
    const { name } = ZUpdateUserBody.parse(ctx.body ?? {});
    await renamePerson({ db, actor, now: () => new Date() }, { userId: actor.id, name });
    return { status: true };
  } catch (error) {
    throw toAuthError(error);
  }
}

/**
 * better-auth's POST /change-password, answered by our service: the password policy applies and
 * the person's other sessions always end (whatever `revokeOtherSessions` says); the session that
 * made the change stays signed in.
 */
export async function changePasswordThroughApp(ctx: HookContext, db: Db): Promise<{ token: null; status: true }> {
  try {
    const { actor, sessionId } = await signedInActor(ctx);
    const body = ZChangePasswordBody.parse(ctx.body ?? {});
    await changeOwnPassword({ db, actor, now: () => new Date() }, { currentPassword: body.currentPassword, newPassword: body.newPassword, sessionId });
    return { token: null, status: true };
  } catch (error) {
    throw toAuthError(error);
  }
}

/** Any other better-auth path that sets a password (reset, set): the policy applies there too. */
export function checkNewPassword(ctx: HookContext): void {
  const newPassword = (ctx.body as { newPassword?: unknown } | undefined)?.newPassword;
  if (typeof newPassword !== "string") return;
  const checked = checkPassword(newPassword);
  if (!checked.ok) throw authError("invalid_input", `The new ${PASSWORD_PROBLEMS[checked.problem]}.`, { fields: { newPassword: PASSWORD_PROBLEMS[checked.problem] } });
}

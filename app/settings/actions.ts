"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { z } from "zod";
import type { CreateTokenState } from "@/components/people/CreateTokenForm";
import type { ChangePasswordState } from "@/components/session/ChangePasswordForm";
import type { RenameSelfState } from "@/components/session/RenameSelfForm";
import type { FormState } from "@/lib/api/form-state";
import { ZCreateToken, ZRenamePerson } from "@/lib/api/people-schemas";
import { ZId } from "@/lib/api/schemas";
import { runFormActionAsync } from "@/server/actions/run-form-action-async";
import { actionContext } from "@/server/auth/action-context";
import { getAuth } from "@/server/auth/auth";
import { changeOwnPassword } from "@/server/people/change-own-password";
import { renamePerson } from "@/server/people/rename-person";
import { createToken } from "@/server/tokens/create-token";
import { revokeToken } from "@/server/tokens/revoke-token";

// The revoke form's only field; no API schema exists for it because the id travels in the URL there.
const ZRevokeTokenForm = z.object({ tokenId: ZId }).strict();

/** "Create token": the secret goes back to the form this once and is never stored in clear. */
export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const raw = { name: String(form.get("name") ?? "") };
  const ctx = await actionContext();
  const outcome = await runFormActionAsync(ZCreateToken, raw, async (input) => createToken(ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings");
  return { created: { name: outcome.result.record.name, token: outcome.result.token } };
}

/** "Revoke": someone else's or an unknown token is refused by the service as not found. */
export async function revokeTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { tokenId: String(form.get("tokenId") ?? "") };
  const ctx = await actionContext();
  const outcome = await runFormActionAsync(ZRevokeTokenForm, raw, async (input) => revokeToken(ctx, input));
  if (!outcome.ok) return { message: outcome.state.message };
  revalidatePath("/settings");
  return {};
}

/** "Save name": the person renames themselves; the header and history show the new name. */
export async function renameSelfAction(_previous: RenameSelfState, form: FormData): Promise<RenameSelfState> {
  const ctx = await actionContext();
  const raw = { userId: ctx.actor?.id ?? "", name: String(form.get("name") ?? "") };
  const outcome = await runFormActionAsync(ZRenamePerson, raw, async (input) => renamePerson(ctx, input));
  if (!outcome.ok) return { ...outcome.state, values: { name: raw.name } };
  revalidatePath("/", "layout");
  return { saved: outcome.result.name };
}

// Only "is there something": the policy itself is the service's, which also sees the person's name.
const ZChangePasswordForm = z.object({ currentPassword: z.string().min(1, { error: "enter your current password" }).max(1024), newPassword: z.string().max(1024) }).strict();

/** "Change password": the session in use stays signed in, every other one of this person ends. */
export async function changePasswordAction(_previous: ChangePasswordState, form: FormData): Promise<ChangePasswordState> {
  const ctx = await actionContext();
  const session = await (await getAuth()).api.getSession({ headers: await headers() });
  const raw = { currentPassword: String(form.get("currentPassword") ?? ""), newPassword: String(form.get("newPassword") ?? "") };
  const outcome = await runFormActionAsync(ZChangePasswordForm, raw, async (input) => changeOwnPassword(ctx, { ...input, sessionId: session?.session.id }));
  // Passwords never travel back to the form.
  if (!outcome.ok) return { message: outcome.state.message, fields: outcome.state.fields };
  return { changed: true };
}

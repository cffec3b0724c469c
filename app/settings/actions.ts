"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { CreateTokenState } from "@/components/people/CreateTokenForm";
import type { FormState } from "@/lib/api/form-state";
import { ZCreateToken } from "@/lib/api/people-schemas";
import { ZId } from "@/lib/api/schemas";
import { runFormAction } from "@/server/actions/run-form-action";
import { actionContext } from "@/server/auth/action-context";
import { createToken } from "@/server/tokens/create-token";
import { revokeToken } from "@/server/tokens/revoke-token";

// The revoke form's only field; no API schema exists for it because the id travels in the URL there.
const ZRevokeTokenForm = z.object({ tokenId: ZId }).strict();

/** "Create token": the secret goes back to the form this once and is never stored in clear. */
export async function createTokenAction(_previous: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const raw = { name: String(form.get("name") ?? "") };
  const ctx = await actionContext();
  const outcome = runFormAction(ZCreateToken, raw, (input) => createToken(ctx, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings");
  return { created: { name: outcome.result.record.name, token: outcome.result.token } };
}

/** "Revoke": someone else's or an unknown token is refused by the service as not found. */
export async function revokeTokenAction(_previous: FormState, form: FormData): Promise<FormState> {
  const raw = { tokenId: String(form.get("tokenId") ?? "") };
  const ctx = await actionContext();
  const outcome = runFormAction(ZRevokeTokenForm, raw, (input) => revokeToken(ctx, input));
  if (!outcome.ok) return { message: outcome.state.message };
  revalidatePath("/settings");
  return {};
}

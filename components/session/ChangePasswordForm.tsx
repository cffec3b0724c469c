"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/api/form-state";
import { FieldError } from "@/components/ui/FieldError";

/** What the change-password action answers: a refusal (FormState) or that it was changed. */
export type ChangePasswordState = FormState & { changed?: boolean };

/** "Change password" on the Settings page. Signing out everywhere else is part of the change. */
export function ChangePasswordForm({ minPassword, action }: { minPassword: number; action: (state: ChangePasswordState, form: FormData) => Promise<ChangePasswordState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fields = state.fields ?? {};
  return (
    <form action={formAction} className="form" noValidate>
      <div role="status">{state.changed ? <p className="notice notice--info">Password changed. You were signed out everywhere else.</p> : null}</div>
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <label htmlFor="current-password">Current password</label>
      <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required aria-invalid={!!fields.currentPassword} aria-describedby={fields.currentPassword ? "current-password-error" : undefined} />
      <FieldError id="current-password-error" message={fields.currentPassword} />
      <label htmlFor="new-password">New password</label>
      <input id="new-password" name="newPassword" type="password" autoComplete="new-password" required minLength={minPassword} aria-invalid={!!fields.newPassword} aria-describedby="new-password-hint" />
      <p id="new-password-hint" className={fields.newPassword ? "field-error" : "hint"}>
        {fields.newPassword ?? `At least ${minPassword} characters; a few unrelated words make a good one. Common or breached passwords are refused.`}
      </p>
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}

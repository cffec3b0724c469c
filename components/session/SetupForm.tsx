"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/api/form-state";
import { FieldError } from "@/components/ui/FieldError";

/** The one-time form that creates the first admin. */
export function SetupForm({ action }: { action: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fields = state.fields ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="form" noValidate>
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <label htmlFor="name">Your name</label>
      <input id="name" name="name" autoComplete="name" required defaultValue={values.name} aria-invalid={!!fields.name} aria-describedby={fields.name ? "name-error" : undefined} />
      <FieldError id="name-error" message={fields.name} />
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required defaultValue={values.email} aria-invalid={!!fields.email} aria-describedby={fields.email ? "email-error" : undefined} />
      <FieldError id="email-error" message={fields.email} />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="new-password" required minLength={8} aria-invalid={!!fields.password} aria-describedby="password-hint" />
      <p id="password-hint" className={fields.password ? "field-error" : "hint"}>
        {fields.password ?? "At least 8 characters; a few unrelated words make a good one. Common or breached passwords are refused."}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Creating…" : "Create admin account"}
        </button>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/api/form-state";
import { FieldError } from "@/components/ui/FieldError";
import styles from "./people.module.css";

/** What the create-token action answers: a refusal (FormState) or the new secret, this once. */
export type CreateTokenState = FormState & { created?: { name: string; token: string } };

export type CreateTokenAction = (state: CreateTokenState, form: FormData) => Promise<CreateTokenState>;

export function CreateTokenForm({ action }: { action: CreateTokenAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  const nameError = state.fields?.name;
  return (
    <>
      {/* Always present, so screen readers announce the token when it appears. */}
      <div role="status">
        {state.created ? (
          <div className="notice notice--info">
            <p>
              Created the token “{state.created.name}”. Copy it now: it will not be shown again.
              <code className={styles.secret}>{state.created.token}</code>
            </p>
          </div>
        ) : null}
      </div>
      <form action={formAction} className="form" noValidate>
        {state.message ? (
          <p role="alert" className="form-error">
            {state.message}
          </p>
        ) : null}
        <label htmlFor="token-name">Token name</label>
        <input
          id="token-name"
          name="name"
          required
          maxLength={80}
          autoComplete="off"
          defaultValue={state.values?.name}
          aria-invalid={!!nameError}
          aria-describedby={nameError ? "token-name-error token-name-hint" : "token-name-hint"}
        />
        <p id="token-name-hint" className={styles.hint}>
          Say where it will be used (e.g. “CMS import script”), so you know which one to revoke later.
        </p>
        <FieldError id="token-name-error" message={nameError} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {pending ? "Creating…" : "Create token"}
          </button>
        </div>
      </form>
    </>
  );
}

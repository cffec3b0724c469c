"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/api/form-state";
import { MAX_PERSON_NAME } from "@/lib/people/person-name";
import { FieldError } from "@/components/ui/FieldError";

/** What the rename action answers: a refusal (FormState) or the name now saved. */
export type RenameSelfState = FormState & { saved?: string };

/** "Your name" on the Settings page: the name others see beside your work (with your email and role). */
export function RenameSelfForm({ name, action }: { name: string; action: (state: RenameSelfState, form: FormData) => Promise<RenameSelfState> }) {
  const [state, formAction, pending] = useActionState(action, {});
  const error = state.fields?.name;
  return (
    <form action={formAction} className="form" noValidate>
      <div role="status">{state.saved ? <p className="notice notice--info">Saved: others now see you as {state.saved}.</p> : null}</div>
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <label htmlFor="own-name">Your name</label>
      <input
        id="own-name"
        name="name"
        required
        maxLength={MAX_PERSON_NAME}
        autoComplete="name"
        defaultValue={state.values?.name ?? name}
        aria-invalid={!!error}
        aria-describedby={error ? "own-name-error own-name-hint" : "own-name-hint"}
      />
      <p id="own-name-hint" className="hint">
        Up to {MAX_PERSON_NAME} characters. History always shows your email and role beside it.
      </p>
      <FieldError id="own-name-error" message={error} />
      <div className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Save name"}
        </button>
      </div>
    </form>
  );
}

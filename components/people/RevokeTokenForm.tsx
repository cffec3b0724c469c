"use client";

import { useActionState } from "react";
import type { ApiToken } from "@/lib/api/dto";
import type { FormState } from "@/lib/api/form-state";
import styles from "./people.module.css";

export type RevokeTokenAction = (state: FormState, form: FormData) => Promise<FormState>;

/** One token's "Revoke" button; its own form, so a refusal shows beside that token. */
export function RevokeTokenForm({ token, action }: { token: ApiToken; action: RevokeTokenAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="tokenId" value={token.id} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Revoking…" : "Revoke"}
        <span className="visually-hidden"> {token.name}</span>
      </button>
      {state.message ? (
        <p role="alert" className={`form-error ${styles.message}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

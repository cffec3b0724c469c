"use client";

import { useActionState } from "react";
import type { Person } from "@/lib/api/dto";
import type { FormState } from "@/lib/api/form-state";
import { ROLE_META, ROLES } from "@/lib/auth/permissions";
import styles from "./people.module.css";

/** What the change-role action answers: a refusal (FormState) or what was saved. */
export type RoleFormState = FormState & { saved?: string };

export type RoleFormAction = (state: RoleFormState, form: FormData) => Promise<RoleFormState>;

/** One row's role picker. Each row has its own form, so a refusal shows next to the person it concerns. */
export function RoleForm({ person, action }: { person: Person; action: RoleFormAction }) {
  const [state, formAction, pending] = useActionState(action, {});
  const selectId = `role-of-${person.id}`;
  const messageId = `role-message-${person.id}`;
  return (
    <form action={formAction} className={styles.inlineForm}>
      <input type="hidden" name="userId" value={person.id} />
      <label htmlFor={selectId} className="visually-hidden">
        Role of {person.name}
      </label>
      {/* After the action React resets the form to defaultValue, i.e. the role the server now holds. */}
      <select id={selectId} name="role" defaultValue={person.role} aria-invalid={!!state.message} aria-describedby={state.message ? messageId : undefined}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {ROLE_META[role].label}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Saving…" : "Save role"}
        <span className="visually-hidden"> of {person.name}</span>
      </button>
      {state.message ? (
        <p id={messageId} role="alert" className={`form-error ${styles.message}`}>
          {state.message}
        </p>
      ) : state.saved ? (
        <p role="status" className={`${styles.saved} ${styles.message}`}>
          {state.saved}
        </p>
      ) : null}
    </form>
  );
}
